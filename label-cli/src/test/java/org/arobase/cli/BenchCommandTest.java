package org.arobase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A small nation only: the shape of the output and the parallel-against-sequential check, never timings. */
class BenchCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run bench(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          commandLine.getErr().println("arobase: " + e.getMessage());
          return e instanceof UsageException ? Arobase.USAGE : Arobase.INVALID;
        });
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsTheContractFieldsAsJsonWithNoDifference() throws Exception {
    Run run = bench("--format", "json", "--dossiers", "30", "--initiatives", "4", "--threads", "2");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("buildMs", "throughput1", "throughput2", "lowerBoundThroughput", "ratio", "nationMs",
        "peakRssMb", "xmx", "jsonMBps", "differences"), fields.subList(0, 10));
    for (String number : List.of("buildMs", "throughput1", "throughput2", "lowerBoundThroughput", "ratio", "nationMs",
        "peakRssMb", "jsonMBps", "differences")) {
      assertTrue(root.get(number).isNumber(), number);
    }
    assertTrue(root.get("xmx").isTextual());
    assertEquals(0, root.get("differences").asLong());
    assertEquals(30, root.get("dossiers").asInt());
    assertEquals(4, root.get("initiatives").asInt());
    assertEquals(2, root.get("threads").asInt());
    assertTrue(root.get("jsonBytes").asLong() > 0);
    assertTrue(run.err().contains("bench: the nation"), run.err());
  }

  @Test
  void printsTextByDefault() {
    Run run = bench("--dossiers", "12", "--initiatives", "2", "--threads", "1");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("nation: 12 dossiers x 2 initiatives, millésime 2022, 1 thread,"), run.out());
    assertTrue(run.out().contains("differences"), run.out());
  }

  @Test
  void refusesANationOfNoDossier() {
    Run run = bench("--dossiers", "0");
    assertEquals(Arobase.USAGE, run.exit());
    assertTrue(run.err().contains("at least 1"), run.err());
  }
}
