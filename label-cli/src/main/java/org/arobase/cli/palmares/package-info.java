/**
 * The palmarès and the key figures for people and tools: text, CSV, JSON (the DESIGN §9
 * contracts) and a self-contained HTML page with inline SVG charts. Pick a format with
 * {@link org.arobase.cli.palmares.PalmaresFormat} or
 * {@link org.arobase.cli.palmares.FiguresFormat}.
 */
package org.arobase.cli.palmares;
