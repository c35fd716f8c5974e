package org.arobase.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.KieResources;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles rule sets into KieBases, once per (matrix version, rule contents), each with a builder
 * of its own, so that concurrent builds never mix rules (KieHelper's shared default release id does).
 */
final class KieBases {

  private static final String ROOT = "src/main/resources/";
  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);
  private static final java.util.regex.Pattern PACKAGE_LINE =
      java.util.regex.Pattern.compile("^(\\s*package\\s+[\\w.]+\\s*;)", java.util.regex.Pattern.MULTILINE);
  /** How many compiled rule sets the JVM keeps: enough for every millésime, with and without a user's files. */
  static final int CACHE_SIZE = 32;
  /** Compiled rule sets by key, least recently used first; a build in progress is shared by its waiters. */
  private static final Map<String, FutureTask<KieBase>> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, FutureTask<KieBase>> eldest) {
      return size() > CACHE_SIZE;
    }
  };

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
  static String hash(List<RuleSource> sources) {
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
   * @return the KieBase, compiled on first use and shared afterwards (the {@value #CACHE_SIZE}
   *     most recently used are kept; a failed build is not)
   * @throws CompilationFailed when a file does not compile
   * @throws IllegalStateException when the rule set holds no rule
   */
  static KieBase get(String matrixVersion, List<RuleSource> sources, boolean compiledConsequences) {
    String hash = hash(sources);
    // The bundled files as they ship were compiled at build time: the same KieBase for every
    // matrix version and tuning, built from generated classes without the DRL compiler.
    boolean precompiled = sources.stream().allMatch(RuleSource::bundled) && PrecompiledRules.available(hash);
    String key = precompiled ? "rules-precompiled-" + hash.substring(0, 24)
        : "rules-m" + matrixVersion + "-" + hash.substring(0, 24) + (compiledConsequences ? "-java" : "-mvel");
    FutureTask<KieBase> task;
    boolean builder = false;
    synchronized (CACHE) {
      task = CACHE.get(key);
      if (task == null) {
        task = new FutureTask<>(() -> precompiled ? precompiled(key, sources, compiledConsequences)
            : compile(key, sources, compiledConsequences));
        CACHE.put(key, task);
        builder = true;
      }
    }
    // Compiled outside the lock: other rule sets build meanwhile, the same one is awaited.
    if (builder) {
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      synchronized (CACHE) {
        CACHE.remove(key, task);
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rules of " + key + " were compiled", e);
    }
  }

  /**
   * The precompiled bundled rules; compiled from their DRL when their classes cannot be loaded (a
   * jar repackaged without them), with a warning: slower to build, the same decisions.
   */
  private static KieBase precompiled(String key, List<RuleSource> sources, boolean compiledConsequences) {
    KieBase base;
    try {
      base = PrecompiledRules.load();
    } catch (RuntimeException | LinkageError e) {
      System.getLogger(KieBases.class.getName()).log(System.Logger.Level.WARNING,
          "the precompiled bundled rules cannot be loaded, compiling them from DRL: " + e);
      return compile(key, sources, compiledConsequences);
    }
    return checked(key, sources, base);
  }

  /** @return how many rule sets are kept compiled now */
  static int cached() {
    synchronized (CACHE) {
      return CACHE.size();
    }
  }

  private static List<RuleSource> sorted(List<RuleSource> sources) {
    return sources.stream().sorted(Comparator.comparing(RuleSource::name)).toList();
  }

  /**
   * A knowledge builder of its own per rule set, rather than a KieModule: nothing is shared between
   * builds, and compilation errors come back as results instead of being logged at ERROR by the
   * KieModule's verification.
   */
  private static KieBase compile(String artifact, List<RuleSource> sources, boolean compiledConsequences) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    KieResources resources = KieServices.Factory.get().getResources();
    for (RuleSource s : sorted(sources)) {
      String text = compiledConsequences || !s.bundled() ? s.text() : interpreted(s.text());
      builder.add(resources.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
          .setSourcePath(sourcePath(s)), ResourceType.DRL);
    }
    if (builder.hasErrors()) {
      List<Error> errors = new ArrayList<>();
      for (KnowledgeBuilderError e : builder.getErrors()) {
        String path = e.getResource() == null || e.getResource().getSourcePath() == null ? "" : e.getResource().getSourcePath();
        String origin = sources.stream().filter(s -> path.endsWith("/" + s.name()) || path.equals(s.name()))
            .map(RuleSource::origin).findFirst().orElse(path.isEmpty() ? "(rule set)" : path);
        int[] lines = e.getLines();
        errors.add(new Error(origin, lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]), e.getMessage().strip()));
      }
      throw new CompilationFailed(errors);
    }
    return checked(artifact, sources, builder.newKieBase());
  }

  /**
   * @param source a rule file
   * @return its path in a KieModule: the folder of its package, as Drools expects
   */
  static String sourcePath(RuleSource source) {
    var m = PACKAGE.matcher(source.text());
    String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
    return ROOT + folder + source.name();
  }

  private static KieBase checked(String artifact, List<RuleSource> sources, KieBase base) {
    int rules = ruleCount(base);
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
  static int ruleCount(KieBase base) {
    return base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
  }
}
