/**
 * The interactive explorer (docs/explorer.md): {@link org.egt4j.report.explorer.ExplorerPage} renders an
 * analysis as one self-contained HTML page with parameter sliders, trajectories integrated in the page
 * from JavaScript that egt4j generates from the exact polynomials, the live vertex table, the condition
 * sentences and the stability map.
 */
package org.egt4j.report.explorer;
