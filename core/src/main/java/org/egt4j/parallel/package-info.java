/**
 * The one parallel loop of egt4j: {@link org.egt4j.parallel.IndexedRunner} maps indices 0 … n−1 to
 * results on worker threads, each with its own state, storing results by index so that the output is
 * identical for any thread count; the lowest failing index decides the exception, progress is
 * reported and a run can be cancelled. Ensembles of integrations and parameter sweeps run on it.
 */
package org.egt4j.parallel;
