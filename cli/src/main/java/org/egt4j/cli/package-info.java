/**
 * The {@code egt4j} command: {@code equations} and {@code field}. User errors exit with status 2 and a
 * one-paragraph message on stderr, numerical failures (an integration that cannot go on) with 3 and a
 * one-paragraph message, internal faults with 1.
 */
package org.egt4j.cli;
