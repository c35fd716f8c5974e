package org.arobase.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.rules.facts.LevelParameter;
import org.arobase.rules.facts.ObligationParameter;

/**
 * The parameters of a millésime as a file of {@link LabelEngine.Builder#parameters(Path)}: the
 * data's dated values in force, or a file of one's own, with the level criteria that can be
 * replaced and written back. Every other key (obligations, mentions, distinctions) is written as
 * it was read, so that the file rates as the base does but for the level criteria.
 */
public final class ParametersFile {

  private final Edition edition;
  private final Map<String, String> values;
  private final Parameters parameters;

  private ParametersFile(Edition edition, Map<String, String> values, Parameters parameters) {
    this.edition = edition;
    this.values = values;
    this.parameters = parameters;
  }

  /**
   * @param data the data
   * @param edition the millésime
   * @return the parameters in force for the millésime in the data's dated table
   * @throws IllegalArgumentException naming the file, line and key of the first problem
   */
  public static ParametersFile of(LabelData data, Edition edition) {
    Parameters parameters = Parameters.of(data, edition);
    Set<String> catalogue = new TreeSet<>();
    edition.mentions().forEach(m -> catalogue.add(m.code()));
    Map<String, String> values = new TreeMap<>();
    for (LabelData.Parameter value : data.parameters(edition.year()).values()) {
      String key = value.key();
      if (!key.startsWith("mention.") || catalogue.contains(key.split("\\.")[1])) {
        values.put(key, value.value());
      }
    }
    values.put("version", parameters.version());
    return new ParametersFile(edition, values, parameters);
  }

  /**
   * @param file a parameters file, as {@link LabelEngine.Builder#parameters(Path)} reads it
   * @param edition the millésime
   * @return its parameters
   * @throws IllegalArgumentException naming the file and the key of the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ParametersFile read(Path file, Edition edition) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      Map<String, String> values = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
      try (Reader again = new StringReader(text(values))) {
        Parameters parameters = Parameters.read(file.toString(), again, edition);
        values.put("version", parameters.version());
        return new ParametersFile(edition, values, parameters);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parameters " + file + ": " + e.getMessage(), e);
    }
  }

  /** @return the millésime */
  public Edition edition() {
    return edition;
  }

  /** @return the version stamped on the decisions */
  public String version() {
    return parameters.version();
  }

  /** @return the level criteria, by category then level */
  public List<LevelParameter> levels() {
    return parameters.levels();
  }

  /** @return the ceiling of each legal obligation, by code */
  public Map<String, Integer> obligationCaps() {
    Map<String, Integer> caps = new LinkedHashMap<>();
    for (ObligationParameter o : parameters.obligations()) {
      caps.put(o.code(), o.cap());
    }
    return caps;
  }

  /**
   * @return every key of the file and its value as written (a score as in the file, e.g. {@code 0.18})
   */
  public Map<String, String> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /**
   * @param changed values that replace those of these parameters (e.g. {@code level.4.VILLE.minScore})
   * @param comments lines written first, each as a comment
   * @return the text of the file, read back and checked as {@link LabelEngine.Builder#parameters(Path)} does
   * @throws IllegalArgumentException when the values make parameters the engine refuses
   */
  public String text(Map<String, String> changed, List<String> comments) {
    Map<String, String> all = new TreeMap<>(values);
    all.putAll(changed);
    StringBuilder out = new StringBuilder();
    for (String comment : comments) {
      out.append("# ").append(comment.replace('\n', ' ')).append('\n');
    }
    out.append(text(all));
    try {
      Parameters.read("calibrated parameters", new StringReader(out.toString()), edition);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String text(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : values.entrySet()) {
      out.append(escape(e.getKey(), true)).append('=').append(escape(e.getValue(), false)).append('\n');
    }
    return out.toString();
  }

  private static String escape(String s, boolean key) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
        case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
