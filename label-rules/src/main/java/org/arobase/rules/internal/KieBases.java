package org.arobase.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule sets into KieBases, once per (matrix version, rule contents): each gets its own
 * release id, so that concurrent builds never mix rules (KieHelper's shared default id does).
 */
public final class KieBases {

  private static final String ROOT = "src/main/resources/";
  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);
  private static final java.util.regex.Pattern PACKAGE_LINE =
      java.util.regex.Pattern.compile("^(\\s*package\\s+[\\w.]+\\s*;)", java.util.regex.Pattern.MULTILINE);
  private static final Map<String, KieBase> CACHE = new ConcurrentHashMap<>();

  private KieBases() {}

  /** A compilation error, in terms of the files as given. */
  public record Error(String origin, int line, String message) {}

  /** Thrown with every compilation error. */
  public static final class CompilationFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Error> errors;

    CompilationFailed(List<Error> errors) {
      super(errors.toString());
      this.errors = List.copyOf(errors);
    }

    /** @return the errors */
    public List<Error> errors() {
      return errors;
    }
  }

  /**
   * @param sources the rule files
   * @return the SHA-256 of their names and contents, in name order, as hex
   */
  public static String hash(List<RuleSource> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (RuleSource s : sorted(sources)) {
        digest.update((s.name() + "\n" + s.text() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * @param matrixVersion the matrix version the rule set rates
   * @param sources the rule files
   * @param compiledConsequences whether consequences that name no dialect are compiled to Java
   *     bytecode (fast to run, about half a second more to compile: the Java compiler must load)
   *     or run by MVEL (fast to start)
   * @return the KieBase, compiled on first use and shared afterwards
   * @throws CompilationFailed when a file does not compile
   * @throws IllegalStateException when the rule set holds no rule
   */
  public static KieBase get(String matrixVersion, List<RuleSource> sources, boolean compiledConsequences) {
    String key = "rules-m" + matrixVersion + "-" + hash(sources).substring(0, 24) + (compiledConsequences ? "-java" : "-mvel");
    return CACHE.computeIfAbsent(key, k -> compile(k, sources, compiledConsequences));
  }

  private static List<RuleSource> sorted(List<RuleSource> sources) {
    return sources.stream().sorted(Comparator.comparing(RuleSource::name)).toList();
  }

  private static KieBase compile(String artifact, List<RuleSource> sources, boolean compiledConsequences) {
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("org.arobase.rules.generated", artifact, "1.0.0");
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(id);
    for (RuleSource s : sorted(sources)) {
      // Each file goes to the folder of its package, as Drools expects.
      var m = PACKAGE.matcher(s.text());
      String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
      files.write(ROOT + folder + s.name(), compiledConsequences || !s.bundled() ? s.text() : interpreted(s.text()));
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    List<Error> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath() == null ? "" : m.getPath();
      String origin = sources.stream().filter(s -> path.endsWith("/" + s.name()) || path.equals(s.name()))
          .map(RuleSource::origin).findFirst().orElse(path.isEmpty() ? "(rule set)" : path);
      errors.add(new Error(origin, Math.max(0, m.getLine()), m.getText().strip()));
    }
    if (!errors.isEmpty()) {
      throw new CompilationFailed(errors);
    }
    KieBase base = services.newKieContainer(id).getKieBase();
    int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    if (rules == 0) {
      // A KieBase with no rule would rate every dossier 1@ in silence.
      throw new IllegalStateException("the rule set " + artifact + " holds no rule; files: "
          + sources.stream().map(RuleSource::origin).toList());
    }
    return base;
  }

  /**
   * The bundled files' actions are plain enough for MVEL, which runs them without loading the
   * Java compiler: about half a second less to build, a third more per rating. The dialect goes
   * on the package line, so that line numbers stay those of the file.
   */
  private static String interpreted(String drl) {
    return PACKAGE_LINE.matcher(drl).replaceFirst("$1 dialect \"mvel\"");
  }

  /**
   * @param base a KieBase
   * @return how many rules it holds
   */
  public static int ruleCount(KieBase base) {
    return base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
  }
}
