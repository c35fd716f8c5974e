package org.arobase.cli.bench;

/**
 * The figures of one run of the national benchmark (the {@code bench} JSON contract of docs/PERFORMANCE.md).
 *
 * @param buildMs time to build the engine of the millésime, rules compiled, in milliseconds
 * @param throughput1 warm throughput with one thread, dossiers per second
 * @param throughput2 warm throughput with two threads, dossiers per second
 * @param lowerBoundThroughput the plain-Java lower bound (eligibility check and mosaïque counts
 *     alone) on the same dossiers, one thread, dossiers per second
 * @param ratio {@code lowerBoundThroughput / throughput1}
 * @param nationMs wall time to rate every dossier of the nation on the batch's threads, in milliseconds
 * @param peakRssMb peak resident memory of the process (VmHWM), in MiB; -1 where the system does not tell
 * @param xmx the heap setting the process ran with, e.g. {@code -Xmx320m}, or {@code default (…)}
 * @param jsonMBps reading and validating the nation's JSON file, in megabytes (10^6 bytes) per second
 * @param differences decisions of the parallel batch that differ from a sequential run
 * @param dossiers dossiers in the nation
 * @param initiatives initiatives per dossier
 * @param threads threads of the national batch
 * @param jsonBytes size of the nation's JSON file
 */
public record BenchReport(
    long buildMs, double throughput1, double throughput2, double lowerBoundThroughput, double ratio,
    long nationMs, long peakRssMb, String xmx, double jsonMBps, long differences,
    int dossiers, int initiatives, int threads, long jsonBytes) {}
