package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs Main in a JVM of its own, as a user would, and reads what it prints on each stream. */
class MainTest {

  /** What slf4j 2 prints on standard error when no provider is on the classpath. */
  private static final List<String> SLF4J_NO_PROVIDER = List.of(
      "SLF4J(W): No SLF4J providers were found.",
      "SLF4J(W): Defaulting to no-operation (NOP) logger implementation",
      "SLF4J(W): See https://www.slf4j.org/codes.html#noProviders for further details.");

  @Test
  void withoutProviderPrintsTheDecisionAndOnlySlf4jsNote() throws Exception {
    String classpath = System.getProperty("consumer.classes") + File.pathSeparator
        + System.getProperty("consumer.runtime.classpath");
    Run run = run(classpath, List.of());
    assertEquals(0, run.exit, run.toString());
    assertEquals(List.of("Ayen (2022) : 3@"), run.out, run.toString());
    assertEquals(SLF4J_NO_PROVIDER, run.err, run.toString());
  }

  @Test
  void withAProviderLogsNoWarningNorError() throws Exception {
    // The test classpath has slf4j-simple at its default level, INFO: whatever arobase or Drools logs at
    // WARN or ERROR on a normal run would show here.
    Run run = run(System.getProperty("java.class.path"), List.of());
    assertEquals(0, run.exit, run.toString());
    assertEquals(List.of("Ayen (2022) : 3@"), run.out, run.toString());
    for (String line : run.err) {
      assertTrue(!line.contains("WARN") && !line.contains("ERROR"), run.toString());
    }
  }

  private record Run(int exit, List<String> out, List<String> err) {}

  private static Run run(String classpath, List<String> options) throws Exception {
    Path out = Files.createTempFile("consumer", ".out");
    Path err = Files.createTempFile("consumer", ".err");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(options);
      command.addAll(List.of("-cp", classpath, Main.class.getName(), System.getProperty("consumer.dossier")));
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("Main did not end within 120 s");
      }
      return new Run(process.exitValue(), lines(out), lines(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
