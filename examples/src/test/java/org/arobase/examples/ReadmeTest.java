package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java example is the code of {@link RateOneDossier}, so the documentation cannot drift. */
class ReadmeTest {

  @Test
  void theReadmeExampleIsTheCompiledOne() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int from = readme.indexOf("```java", readme.indexOf("Rate a dossier with the 2022 rules"));
    String block = readme.substring(from + "```java".length(), readme.indexOf("```", from + 7));
    String source = Files.readString(Path.of("src/main/java/org/arobase/examples/RateOneDossier.java"));
    List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertTrue(lines.size() <= 15, "the example has at most 15 lines");
    for (String line : lines) {
      assertTrue(source.contains(line), "README line not in RateOneDossier.java: " + line);
    }
  }
}
