/**
 * The {@code arobase} command line: one picocli command per task of DESIGN §9. Results go
 * to standard output, messages to standard error; exit code 0 when every dossier is valid,
 * 1 when one is invalid or unreadable, 2 for a wrong command line.
 */
package org.arobase.cli;
