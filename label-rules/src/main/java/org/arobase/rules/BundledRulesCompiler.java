package org.arobase.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Run at build time only (label-rules' pom, {@code process-classes}): compiles the bundled rule
 * files into Drools' executable model and writes its generated classes beside the library's, with
 * the hash of the files they were compiled from ({@link PrecompiledRules}). Not in the library's jar:
 * it needs {@code drools-model-codegen}, which the library does not depend on.
 */
final class BundledRulesCompiler {

  private BundledRulesCompiler() {}

  /**
   * @param args the classes directory, where the bundled rule files already are
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    List<RuleSource> sources = LabelEngine.bundledSources();
    String hash = KieBases.hash(sources);
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(PrecompiledRules.releaseId(services, hash));
    for (RuleSource s : sources) {
      files.write(KieBases.sourcePath(s), s.text());
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the bundled rules do not compile to the executable model: " + errors);
    }
    // The KieModule as a jar: its generated classes go beside the library's, and the name of its
    // model class (one per package) beside the bundled files' hash.
    byte[] jar = ((InternalKieModule) builder.getKieModule()).getBytes();
    List<String> models = new ArrayList<>();
    int classes = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = e.getName();
        if (name.endsWith("/drools-model")) {
          new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
              .filter(l -> !l.isEmpty() && !l.contains(":")).forEach(models::add);
        } else if (name.endsWith(".class") && name.startsWith("org/arobase/")) {
          Path out = target.resolve(name);
          Files.createDirectories(out.getParent());
          Files.write(out, zip.readAllBytes());
          classes++;
        }
      }
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("the executable model names no model class");
    }
    // The rules the model holds, counted in the KieBase it builds: the library checks the count when it
    // loads the model, so that a model missing a package or some rules is never taken for the rules.
    int rules = KieBases.ruleCount(services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
    if (rules == 0) {
      throw new IllegalStateException("the executable model of the bundled rules holds no rule");
    }
    Properties index = new Properties();
    index.setProperty(PrecompiledRules.HASH, hash);
    index.setProperty(PrecompiledRules.MODELS, String.join(",", models));
    index.setProperty(PrecompiledRules.RULES, Integer.toString(rules));
    try (Writer w = Files.newBufferedWriter(target.resolve(PrecompiledRules.RESOURCE.substring(1)), StandardCharsets.UTF_8)) {
      index.store(w, "The bundled rule files compiled to the executable model at build time; generated, do not edit.");
    }
    System.out.println("[arobase] bundled rules precompiled: " + rules + " rules, " + classes + " classes, model " + models + ", rules " + hash.substring(0, 12));
  }
}
