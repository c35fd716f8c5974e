package org.arobase.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The process' peak resident memory and heap setting. */
final class Memory {
  private Memory() {}

  /** @return VmHWM of /proc/self/status in MiB, or -1 where there is none */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return Long.parseLong(kb) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** @return the last {@code -Xmx} argument of the JVM, or {@code default (N MiB)} */
  static String xmx() {
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    String setting = null;
    for (String arg : args) {
      if (arg.startsWith("-Xmx")) {
        setting = arg;
      } else if (arg.startsWith("-XX:MaxHeapSize=")) {
        setting = arg;
      }
    }
    return setting != null ? setting : "default (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)";
  }
}
