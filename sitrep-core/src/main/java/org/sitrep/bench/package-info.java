/**
 * Benchmarks: throughput, latency and memory of the engine on a corpus, reported by {@code sitrep bench}.
 */
package org.sitrep.bench;
