/**
 * Sitrep's entry point. {@link org.sitrep.Sitrep} analyses articles with the pipeline that
 * {@link org.sitrep.Pipelines} assembles from one typed {@link org.sitrep.SitrepConfig}.
 */
package org.sitrep;
