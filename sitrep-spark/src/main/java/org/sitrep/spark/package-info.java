/**
 * Sitrep on Apache Spark: a job that reads archives (WARC, JSON Lines, text files) from any Hadoop-compatible
 * path, runs the standard Sitrep pipeline per partition with the models loaded once per executor JVM, and
 * writes the JSON contract ({@code docs/analysis.schema.json}) as Parquet tables, with near-duplicate
 * articles across the whole corpus marked. Only this module depends on Spark; the core and the CLI do not.
 */
package org.sitrep.spark;
