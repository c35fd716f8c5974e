package org.arobase.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * The bundled rule files, compiled at build time into Drools' executable model
 * ({@link BundledRulesCompiler}): generated classes in the library's jar, which Drools turns into a
 * KieBase without parsing or compiling any DRL. Used only for the bundled set as it ships: a rule
 * set with a file of one's own is compiled from its DRL at run time, the bundled files with it.
 */
final class PrecompiledRules {

  /** The index of the precompiled rules, beside the bundled rule files. */
  static final String RESOURCE = "/org/arobase/rules/bundled-rules.properties";
  /** The key of the hash ({@link KieBases#hash}) of the rule files the classes were compiled from. */
  static final String HASH = "hash";
  /** The key of the model classes, comma-separated. */
  static final String MODELS = "models";
  /** The key of the number of rules the model's KieBase holds, counted at build time. */
  static final String RULES = "rules";

  private PrecompiledRules() {}

  /** The index the build wrote, read once; empty when the jar holds no precompiled rules. */
  private static final class Index {
    static final Properties PROPERTIES = read();

    private static Properties read() {
      Properties p = new Properties();
      try (InputStream in = PrecompiledRules.class.getResourceAsStream(RESOURCE)) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        p.clear();
      }
      return p;
    }
  }

  /**
   * @param services Drools' services
   * @param hash the hash of the rule files
   * @return the release id of the KieModule the build compiles those files in
   */
  static ReleaseId releaseId(KieServices services, String hash) {
    return services.newReleaseId("org.arobase", "bundled-rules", "0-" + hash.substring(0, 24));
  }

  /**
   * @param hash the hash of a rule set's files
   * @return whether the precompiled rules are those files, compiled
   */
  static boolean available(String hash) {
    return hash.equals(Index.PROPERTIES.getProperty(HASH)) && !Index.PROPERTIES.getProperty(MODELS, "").isEmpty();
  }

  /**
   * @return the KieBase of the precompiled bundled rules; call only when {@link #available} for
   *     the bundled files' hash
   * @throws IllegalStateException when a model class is missing from the jar, or the KieBase holds
   *     another number of rules than the build counted
   */
  static KieBase load() {
    List<Model> models = new ArrayList<>();
    for (String name : Index.PROPERTIES.getProperty(MODELS).split(",")) {
      try {
        models.add((Model) Class.forName(name.strip(), true, PrecompiledRules.class.getClassLoader())
            .getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new IllegalStateException("the precompiled rules' class " + name + " cannot be loaded: " + e, e);
      }
    }
    KieBase base = KieBaseBuilder.createKieBaseFromModel(models);
    String expected = Index.PROPERTIES.getProperty(RULES, "");
    int rules = KieBases.ruleCount(base);
    if (!expected.equals(Integer.toString(rules))) {
      throw new IllegalStateException("the precompiled rules hold " + rules + " rules, the build counted "
          + (expected.isEmpty() ? "none" : expected));
    }
    return base;
  }
}
