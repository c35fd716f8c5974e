/**
 * The national benchmark behind {@code arobase bench} ({@link org.arobase.cli.bench.NationBench}): a
 * reproducible synthetic nation of <em>dossiers</em>, the engine's build time, warm throughput against a
 * plain-Java lower bound, the national batch, peak memory, JSON reading speed and the
 * parallel-against-sequential check, reported as a {@link org.arobase.cli.bench.BenchReport};
 * docs/PERFORMANCE.md gives the figures and the commands that reproduce them.
 */
package org.arobase.cli.bench;
