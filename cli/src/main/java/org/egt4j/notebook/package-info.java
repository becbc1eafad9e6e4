/**
 * One entry point for JShell and notebooks: {@link org.egt4j.notebook.Egt4j#load} reads a spec and
 * returns a model that analyses, simulates, evaluates its field and writes the same report as {@code
 * egt4j analyze --out}, each result printing readably. It lives in the cli module because it joins the
 * spec loader, the analyses of core and the report module, which do not see each other.
 */
package org.egt4j.notebook;
