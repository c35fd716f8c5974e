package org.arobase.rules;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.arobase.core.Category;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Distinction;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.Mention;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.rules.facts.DistinctionParameter;
import org.arobase.rules.facts.LevelParameter;
import org.arobase.rules.facts.MentionParameter;
import org.arobase.rules.facts.ObligationParameter;

/**
 * The parameters of a millésime, read from the data's dated table or a properties file of one's own: level criteria,
 * legal obligations, mention criteria and distinctions. Every value is checked when read, so that
 * a wrong file fails once, at build time, naming the file and the key.
 *
 * @param version the parameters' version, e.g. {@code 2022.1}
 * @param levels the level criteria
 * @param obligations the legal obligations
 * @param mentions the mention criteria, in catalogue order
 * @param distinctions the distinctions the engine may propose
 */
record Parameters(
    String version, List<LevelParameter> levels, List<ObligationParameter> obligations,
    List<MentionParameter> mentions, List<DistinctionParameter> distinctions) {

  /** Copies the lists. */
  public Parameters {
    levels = List.copyOf(levels);
    obligations = List.copyOf(obligations);
    mentions = List.copyOf(mentions);
    distinctions = List.copyOf(distinctions);
  }

  /**
   * @param matrix the matrix of the millésime, which resolves the services of the mentions
   * @return every parameter as a fact for the rules
   */
  public List<Object> facts(ServiceMatrix matrix) {
    List<Object> facts = new ArrayList<>(levels);
    facts.addAll(obligations);
    mentions.forEach(m -> facts.add(m.countedIn(matrix)));
    facts.addAll(distinctions);
    return facts;
  }

  /**
   * @param source the file name used in messages
   * @param reader the properties text
   * @param edition the millésime, whose catalogue of mentions the file must cover
   * @return the parameters
   * @throws IllegalArgumentException naming the source and the key of the first problem
   * @throws IOException when the text cannot be read
   */
  public static Parameters read(String source, Reader reader, Edition edition) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    return read(new Reading(source, p, key -> source), edition);
  }

  /**
   * The parameters in force for a millésime in the data's dated table (parameters.tsv), with the
   * millésime's own obligations and version; only the mentions of its catalogue are read.
   *
   * @param data the data
   * @param edition the millésime
   * @return its parameters
   * @throws IllegalArgumentException naming the file, line and key of the first problem
   */
  static Parameters of(LabelData data, Edition edition) {
    Properties p = new Properties();
    Map<String, String> where = new HashMap<>();
    Set<String> catalogue = new TreeSet<>();
    edition.mentions().forEach(m -> catalogue.add(m.code()));
    Map<String, LabelData.Parameter> inForce = data.parameters(edition.year());
    for (LabelData.Parameter value : inForce.values()) {
      String key = value.key();
      if (key.startsWith("mention.") && !catalogue.contains(key.split("\\.")[1])) {
        continue;
      }
      p.setProperty(key, value.value());
      where.put(key, value.where());
    }
    String table = inForce.values().stream().findFirst().map(LabelData.Parameter::file)
        .orElse("parameters.tsv");
    Function<String, String> locate = key -> where.getOrDefault(key, table) + " (millésime " + edition.year() + ")";
    return read(new Reading(table + " (millésime " + edition.year() + ")", p, locate), edition)
        .checkedAgainst(locate, data.matrix(edition.matrixVersion()));
  }

  private static Parameters read(Reading r, Edition edition) {
    Properties p = r.properties();
    List<LevelParameter> levels = new ArrayList<>();
    for (Category category : Category.values()) {
      double previousScore = 0;
      for (int level = 2; level <= 5; level++) {
        String key = "level." + level + "." + category + ".";
        double minScore = r.fraction(key + "minScore");
        if (minScore < previousScore) {
          throw r.error(key + "minScore", "is lower than the level below (" + previousScore + ")");
        }
        previousScore = minScore;
        levels.add(new LevelParameter(level, category, minScore, r.integer(key + "minEnjeux", 0, 16),
            r.integer(key + "minAxes", 0, 4), r.list(key + "requiredEnjeux")));
      }
    }
    List<ObligationParameter> obligations = new ArrayList<>();
    if (p.getProperty("obligations") == null) {
      // The millésime's own catalogue (obligations.tsv), unless the file lists obligations itself.
      edition.obligations().forEach(o -> obligations.add(ObligationParameter.of(o)));
    }
    for (String code : p.getProperty("obligations") == null ? List.<String>of() : r.list("obligations")) {
      String key = "obligation." + code + ".";
      obligations.add(new ObligationParameter(code, r.text(key + "law"), r.date(key + "from"),
          r.integer(key + "communePopulationAbove", -1, Integer.MAX_VALUE),
          r.integer(key + "intercommunalityPopulationAbove", -1, Integer.MAX_VALUE),
          r.integer(key + "agentsAtLeast", 0, Integer.MAX_VALUE), r.integer(key + "cap", 1, 5),
          EnumSet.allOf(CollectivityKind.class)));
      if (!Compliance.CODES.contains(code) && edition.obligation(code).isEmpty()) {
        throw r.error("obligations", "names " + code + "; known obligations: "
            + edition.obligations().stream().map(o -> o.code()).toList());
      }
    }
    List<MentionParameter> mentions = new ArrayList<>();
    Set<String> catalogue = new TreeSet<>();
    for (Mention mention : edition.mentions()) {
      String key = "mention." + mention.code() + ".";
      catalogue.add(mention.code());
      mentions.add(new MentionParameter(mention, r.text(key + "enjeu"), r.list(key + "services"),
          r.integer(key + "minInitiatives", 0, Integer.MAX_VALUE), r.fraction(key + "minScore"), List.of()));
    }
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("mention.") && !catalogue.contains(name.split("\\.")[1])) {
        throw r.error(name, "names a mention outside the catalogue of " + edition.year() + ": " + catalogue);
      }
    }
    List<DistinctionParameter> distinctions = new ArrayList<>();
    for (String code : r.list("distinctions")) {
      Distinction distinction;
      try {
        distinction = Distinction.valueOf(code);
      } catch (IllegalArgumentException e) {
        throw r.error("distinctions", "names " + code + "; known: " + Arrays.toString(Distinction.values()));
      }
      String key = "distinction." + code + ".";
      distinctions.add(new DistinctionParameter(distinction, r.integer(key + "minFiveAtLabels", 1, 100),
          r.integer(key + "validityYears", 1, 100), r.bool(key + "consecutive", false)));
    }
    String version = p.getProperty("version") == null ? edition.parametersVersion() : r.text("version");
    return new Parameters(version, levels, obligations, mentions, distinctions);
  }

  /**
   * Checks that every enjeu and service the parameters name is in the matrix.
   *
   * @param source the file name used in messages
   * @param matrix the matrix of the millésime
   * @return these parameters
   * @throws IllegalArgumentException naming the source, the key and the unknown code
   */
  public Parameters checkedAgainst(String source, ServiceMatrix matrix) {
    return checkedAgainst(key -> source, matrix);
  }

  /**
   * @param where where each key is written, for messages (e.g. {@code parameters.tsv:42})
   * @param matrix the matrix of the millésime
   * @return these parameters
   * @throws IllegalArgumentException naming the place, the key and the unknown code
   */
  Parameters checkedAgainst(Function<String, String> where, ServiceMatrix matrix) {
    for (LevelParameter level : levels) {
      for (String enjeu : level.requiredEnjeux()) {
        if (matrix.findEnjeu(enjeu).isEmpty()) {
          throw new IllegalArgumentException("parameters " + where.apply("level." + level.level() + "."
              + level.category() + ".requiredEnjeux") + ": level." + level.level() + "."
              + level.category() + ".requiredEnjeux names " + enjeu + ", not an enjeu of the matrix " + matrix.version());
        }
      }
    }
    for (MentionParameter mention : mentions) {
      if (matrix.findEnjeu(mention.enjeu()).isEmpty()) {
        throw new IllegalArgumentException("parameters " + where.apply("mention." + mention.code() + ".enjeu")
            + ": mention." + mention.code() + ".enjeu names "
            + mention.enjeu() + ", not an enjeu of the matrix " + matrix.version());
      }
      for (String service : mention.services()) {
        if (matrix.findService(service).isEmpty()) {
          throw new IllegalArgumentException("parameters " + where.apply("mention." + mention.code() + ".services")
              + ": mention." + mention.code() + ".services names " + service + ", not a service of the matrix " + matrix.version());
        }
      }
    }
    return this;
  }

  /** Typed access to the properties with errors that name the file (and line) and the key. */
  private record Reading(String source, Properties properties, Function<String, String> where) {

    boolean bool(String key, boolean absent) {
      String value = properties.getProperty(key);
      if (value == null) {
        return absent;
      }
      return switch (value.strip()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw error(key, "is '" + value + "', not true or false");
      };
    }

    String text(String key) {
      String value = properties.getProperty(key);
      if (value == null || value.isBlank()) {
        throw error(key, "is missing");
      }
      return value.strip();
    }

    List<String> list(String key) {
      String value = text(key);
      if (value.equals("-")) {
        return List.of();
      }
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    int integer(String key, int min, int max) {
      String value = text(key);
      try {
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
          throw error(key, "is " + n + ", not within " + min + ".." + max);
        }
        return n;
      } catch (NumberFormatException e) {
        throw error(key, "is '" + value + "', not an integer");
      }
    }

    double fraction(String key) {
      String value = text(key);
      try {
        double d = Double.parseDouble(value);
        if (!(d >= 0 && d <= 1)) {
          throw error(key, "is " + value + ", not within 0..1");
        }
        return d;
      } catch (NumberFormatException e) {
        throw error(key, "is '" + value + "', not a number");
      }
    }

    LocalDate date(String key) {
      String value = text(key);
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error(key, "is '" + value + "', not a date like 2022-07-01");
      }
    }

    IllegalArgumentException error(String key, String problem) {
      return new IllegalArgumentException("parameters " + where.apply(key) + ": " + key + " " + problem);
    }
  }
}
