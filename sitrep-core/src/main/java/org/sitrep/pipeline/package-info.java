/**
 * Stages and their composition. A {@link org.sitrep.pipeline.Stage} declares the layers it requires and
 * produces; {@link org.sitrep.pipeline.Pipeline#of} checks the order when the pipeline is built, and runs
 * it so that a failing stage becomes a per-document problem rather than an exception.
 */
package org.sitrep.pipeline;
