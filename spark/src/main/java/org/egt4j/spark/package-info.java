/**
 * egt4j on Apache Spark (docs/cluster.md): an analysis is described as data ({@link
 * org.egt4j.spark.AnalysisPlan}: spec text and SHA-256, parameters, dynamic, settings, seed),
 * broadcast once; tasks rebuild the game and its compiled fields from it, compute ranges of global
 * indices of each part, and return per-index results that the driver assembles in index order, so
 * the output is byte-identical to a local run for any number of partitions and executors. {@link
 * org.egt4j.spark.SparkAnalysis} is the Java API, {@link org.egt4j.spark.Main} the job's entry point.
 */
package org.egt4j.spark;
