package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * label-bom has no parent (see its pom.xml), so its version and the third-party versions it gives users
 * are written twice: here they are compared with arobase-parent's, and every arobase module must be in it.
 */
class BomTest {

  private static final Path PARENT = Path.of("../pom.xml");
  private static final Path BOM = Path.of("../label-bom/pom.xml");

  @Test
  void theBomHasTheVersionsOfTheBuild() throws IOException {
    String parent = Files.readString(PARENT);
    String bom = Files.readString(BOM);
    assertEquals(first(parent, "<artifactId>arobase-parent</artifactId>\\s*<version>([^<]+)</version>"),
        first(bom, "<artifactId>label-bom</artifactId>\\s*<version>([^<]+)</version>"), "version");
    for (String property : List.of("slf4j.version", "jackson.version", "drools.version")) {
      String tag = "<" + Pattern.quote(property) + ">([^<]+)</";
      assertEquals(first(parent, tag), first(bom, tag), property);
    }
  }

  @Test
  void theBomListsEveryArobaseModule() throws IOException {
    String parent = Files.readString(PARENT);
    String bom = Files.readString(BOM);
    Matcher module = Pattern.compile("<module>(label-[a-z]+)</module>").matcher(parent);
    int modules = 0;
    while (module.find()) {
      if (module.group(1).equals("label-bom")) {
        continue;
      }
      modules++;
      assertTrue(bom.contains("<artifactId>" + module.group(1) + "</artifactId>"), module.group(1) + " in label-bom");
    }
    assertTrue(modules >= 7, "modules found: " + modules);
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex);
    return m.group(1).strip();
  }
}
