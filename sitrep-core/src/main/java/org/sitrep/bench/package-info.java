/**
 * Benchmarks: throughput, latency, CPU time and memory of the engine on a corpus, reported by
 * {@code sitrep bench}, and the same figures for CoreNLP's full pipeline run as a baseline in the same JVM.
 */
package org.sitrep.bench;
