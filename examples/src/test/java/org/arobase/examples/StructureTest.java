package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The layout of the repository, as docs/ARCHITECTURE.md describes it: the command line in its
 * own module, label-core split by concern, small public packages, rule files that import no
 * internal package, the sources of the facts in the repository, and the licence in every jar.
 */
class StructureTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> MODULES =
      List.of("label-core", "label-testing", "label-rules", "label-json", "label-report", "label-cli", "examples");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|enum|record|@interface)\\s", Pattern.MULTILINE);

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix) && !p.toString().contains("/target/")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the main source packages of a module, with their Java files */
  private static Map<Path, List<Path>> packages(String module) {
    Path src = ROOT.resolve(module).resolve("src/main/java");
    Map<Path, List<Path>> packages = new TreeMap<>();
    for (Path file : files(src, ".java")) {
      if (!file.getFileName().toString().equals("module-info.java")) {
        packages.computeIfAbsent(src.relativize(file.getParent()), p -> new ArrayList<>()).add(file);
      }
    }
    return packages;
  }

  @Test
  void theCommandLineHasAModuleOfItsOwn() {
    assertTrue(Files.isRegularFile(ROOT.resolve("label-cli/src/main/java/org/arobase/cli/Arobase.java")));
    assertTrue(packages("examples").keySet().stream().noneMatch(p -> p.toString().contains("cli")),
        "examples holds no command line: " + packages("examples").keySet());
    assertTrue(Files.isRegularFile(Path.of("src/main/java/org/arobase/examples/RateOneDossier.java")));
  }

  @Test
  void labelCoreIsSplitByConcern() {
    List<String> concerns = packages("label-core").keySet().stream().map(Path::toString)
        .filter(p -> p.startsWith("org/arobase/core/") && !p.endsWith("/internal")).toList();
    assertTrue(concerns.size() >= 5, "concern packages of label-core: " + concerns);
  }

  @Test
  void everyPackageSaysWhatItIsForAndHasAtMostTwentyPublicTypes() {
    for (String module : MODULES) {
      packages(module).forEach((pkg, javaFiles) -> {
        assertTrue(javaFiles.stream().anyMatch(f -> f.getFileName().toString().equals("package-info.java")),
            module + ": " + pkg + " has no package-info.java");
        long publicTypes = javaFiles.stream().filter(f -> PUBLIC_TYPE.matcher(read(f)).find()).count();
        assertTrue(publicTypes <= 20, module + ": " + pkg + " has " + publicTypes + " public types");
      });
    }
  }

  @Test
  void noRuleFileImportsAnInternalPackage() {
    List<Path> rules = new ArrayList<>();
    for (String module : MODULES) {
      rules.addAll(files(ROOT.resolve(module).resolve("src"), ".drl"));
    }
    assertFalse(rules.isEmpty());
    for (Path drl : rules) {
      assertFalse(Pattern.compile("^\\s*import\\s+[\\w.]*\\.internal\\.", Pattern.MULTILINE).matcher(read(drl)).find(),
          drl + " imports an internal package");
    }
  }

  @Test
  void theSourcesOfTheFactsAreInTheRepository() {
    for (String doc : List.of("docs/DOMAIN.md", "docs/ARCHITECTURE.md", "docs/METHOD.md")) {
      assertTrue(Files.isRegularFile(ROOT.resolve(doc)), doc);
    }
    String domain = read(ROOT.resolve("docs/DOMAIN.md"));
    for (String key : List.of("[S1]", "[S4]", "[S29]", "[S41]", "[L12]")) {
      assertTrue(domain.contains(key), "docs/DOMAIN.md lists the source " + key);
    }
    List<Path> texts = new ArrayList<>();
    for (String module : MODULES) {
      for (String suffix : List.of(".java", ".drl", ".properties", ".tsv", ".xml")) {
        texts.addAll(files(ROOT.resolve(module), suffix));
      }
    }
    texts.addAll(files(ROOT.resolve("docs"), ".md"));
    texts.add(ROOT.resolve("README.md"));
    // Written in pieces, so that this file does not match itself.
    Pattern outside = Pattern.compile("DESIGN" + "(\\.md| §)|" + "shared" + "/docs");
    for (Path text : texts) {
      assertFalse(outside.matcher(read(text)).find(), text + " cites a document outside the repository");
    }
  }

  @Test
  void everyJarCarriesTheLicenceAndTheNotice() throws IOException {
    List<Path> jars = new ArrayList<>();
    for (String module : MODULES) {
      Path target = ROOT.resolve(module).resolve("target");
      if (Files.isDirectory(target)) {
        try (Stream<Path> list = Files.list(target)) {
          list.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().startsWith("original-"))
              .forEach(jars::add);
        }
      }
    }
    // The jars exist once the modules are packaged (mvn verify); a plain mvn test has none.
    Assumptions.assumeTrue(jars.stream().anyMatch(j -> j.toString().contains("label-core")), "modules not packaged");
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        assertTrue(zip.getEntry("META-INF/LICENSE") != null || zip.getEntry("META-INF/LICENSE.txt") != null,
            jar + " carries no META-INF/LICENSE");
        assertTrue(zip.getEntry("META-INF/NOTICE") != null || zip.getEntry("META-INF/NOTICE.txt") != null,
            jar + " carries no META-INF/NOTICE");
      }
    }
    assertEquals(1, jars.stream().filter(j -> j.getFileName().toString().equals("arobase.jar")).count(),
        "the runnable jar is label-cli/target/arobase.jar: " + jars);
  }
}
