/**
 * Renderers of egt4j results: deterministic JSON ({@link org.egt4j.report.Json}) and the replicator
 * equations as text, LaTeX and JSON ({@link org.egt4j.report.EquationsReport}).
 */
package org.egt4j.report;
