/**
 * The {@code arobase} command line ({@link org.arobase.cli.Arobase}): one picocli command per task
 * ({@code matrix}, {@code validate}, {@code rate}, {@code report}, {@code geojson}, {@code palmares},
 * {@code figures}, {@code jury}, {@code bench}), described in the README. Results go to standard output,
 * messages to standard error; the exit code is {@link org.arobase.cli.Arobase#OK 0} when every
 * <em>dossier</em> is valid, {@link org.arobase.cli.Arobase#INVALID 1} when one is invalid or unreadable,
 * {@link org.arobase.cli.Arobase#USAGE 2} for a wrong command line.
 */
package org.arobase.cli;
