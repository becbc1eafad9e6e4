/**
 * JMH benchmarks of egt4j, built into {@code benchmarks/target/benchmarks.jar}. Every benchmark
 * checks in its {@code @Setup} that the compared methods compute the same numbers, so that timings
 * compare equal work. Timings are never asserted by tests.
 */
package org.egt4j.benchmarks;
