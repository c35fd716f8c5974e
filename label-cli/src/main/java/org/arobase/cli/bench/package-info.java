/**
 * The national benchmark behind {@code arobase bench}: a reproducible synthetic nation of
 * dossiers, the engine's build time, warm throughput against a plain-Java lower bound, the
 * national batch, peak memory, JSON reading speed and the parallel-against-sequential check.
 * docs/PERFORMANCE.md gives the figures and the commands that reproduce them.
 */
package org.arobase.cli.bench;
