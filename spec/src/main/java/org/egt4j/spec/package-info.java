/**
 * Game specs: the YAML format of docs/architecture.md §4, read by {@link org.egt4j.spec.SpecLoader} into a
 * {@link org.egt4j.game.Game}, with every error placed at file:line:column and limits against hostile
 * files.
 */
package org.egt4j.spec;
