/**
 * The {@code egt4j} command (architecture §5): {@code equations} and {@code field}. User errors exit
 * with status 2 and a one-paragraph message on stderr, internal faults with 1.
 */
package org.egt4j.cli;
