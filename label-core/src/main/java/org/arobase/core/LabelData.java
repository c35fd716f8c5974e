package org.arobase.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.arobase.core.internal.TsvReader;
import org.arobase.core.matrix.MatrixFormatException;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * The facts of the millésimes as data (docs/DATA.md): the millésimes with their dates, matrix,
 * mentions and obligations; the catalogues of mentions and of legal obligations; the rating's
 * parameters with dated values, each with its source; the service matrix of each version; the
 * published results. {@link #bundled()} is the data arobase ships; {@link #load(Path)} reads a
 * directory laid out the same way whose files replace the bundled files of the same name, so that
 * a millésime can be corrected or added without a release. Everything is checked when loaded: a
 * broken or inconsistent file fails with a {@link DataFileException} naming the file, the line or
 * key, and what is wrong. Immutable and thread-safe.
 */
public final class LabelData {

  /** The data files, relative to the data directory, beside the matrices ({@code matrix/<version>.tsv}). */
  public static final List<String> FILES =
      List.of("millesimes.tsv", "mentions.tsv", "obligations.tsv", "parameters.tsv", "results.tsv");

  /** The names of the facts a millésime may mark as published. */
  public static final Set<String> PUBLISHABLE =
      Set.of("number", "filingWindow", "juryOn", "ceremonyOn", "mentions", "matrix");

  private static final String BUNDLED_ROOT = "/org/arobase/data/";
  private static final List<String> MILLESIMES_HEADER = List.of("year", "number", "filingOpens", "filingCloses",
      "juryOn", "ceremonyOn", "matrix", "parameters", "mentions", "obligations", "published", "note");
  private static final List<String> MENTIONS_HEADER = List.of("code", "label", "note");
  private static final List<String> OBLIGATIONS_HEADER = List.of("code", "law", "from", "kinds",
      "communePopulationAbove", "intercommunalityPopulationAbove", "agentsAtLeast", "cap", "source");
  private static final List<String> PARAMETERS_HEADER = List.of("key", "from", "value", "source");
  private static final List<String> RESULTS_HEADER = List.of("year", "figure", "value", "source");

  /** A value of a rating parameter in force for a millésime, with where it comes from. */
  public record Parameter(String key, String value, int from, String source, String file, int line) {
    /** @return {@code file:line}, for messages */
    public String where() {
      return file + ":" + line;
    }
  }

  /** A published figure of a millésime, such as its number of participants, with its source. */
  public record PublishedFigure(String figure, long value, String source) {}

  private final Path directory;
  private final List<Edition> editions;
  private final Map<String, Mention> mentions;
  private final Map<String, Obligation> obligations;
  /** Per key, the dated values in ascending order of their first millésime. */
  private final Map<String, List<Parameter>> parameters;
  private final Map<Integer, Map<String, PublishedFigure>> results;
  private final Map<String, ServiceMatrix> matrices;

  private LabelData(Path directory) {
    this.directory = directory;
    this.mentions = readMentions();
    this.obligations = readObligations();
    this.parameters = readParameters();
    this.matrices = new LinkedHashMap<>();
    this.editions = readMillesimes();
    this.results = readResults();
  }

  private static final class Bundled {
    static final LabelData INSTANCE = new LabelData(null);
  }

  /** @return the data arobase ships, loaded once */
  public static LabelData bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * @param directory a directory laid out like the bundled data ({@link #export(Path)} writes one);
   *     each of its files replaces the bundled file of the same name, the others are the bundled ones
   * @return the data, every file checked
   * @throws DataFileException naming the file, the line or key, and what is wrong
   * @throws IllegalArgumentException when the directory does not exist
   */
  public static LabelData load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("no such data directory: " + directory);
    }
    return new LabelData(directory);
  }

  /** @return the directory whose files replace the bundled ones, if any */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** @return every millésime, oldest first */
  public List<Edition> editions() {
    return editions;
  }

  /**
   * @param year a millésime
   * @return that millésime, if the data has it
   */
  public Optional<Edition> find(int year) {
    for (Edition e : editions) {
      if (e.year() == year) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * @param year a millésime
   * @return that millésime
   * @throws IllegalArgumentException when the data has no such millésime, naming those it has
   */
  public Edition edition(int year) {
    return find(year).orElseThrow(() -> new IllegalArgumentException("unknown millésime " + year + "; known: "
        + editions.stream().map(Edition::year).toList()));
  }

  /** @return the newest millésime, the one dossiers are filed for now */
  public Edition newest() {
    return editions.get(editions.size() - 1);
  }

  /** @return the catalogue of mentions, every millésime's, in file order */
  public List<Mention> mentions() {
    return List.copyOf(mentions.values());
  }

  /** @return the catalogue of legal obligations, in file order */
  public List<Obligation> obligations() {
    return List.copyOf(obligations.values());
  }

  /**
   * @param version a matrix version a millésime names
   * @return the matrix of that version: the directory's file when it has one, else the bundled one
   * @throws IllegalArgumentException when the data has no matrix of that version
   */
  public ServiceMatrix matrix(String version) {
    ServiceMatrix m = matrices.get(version);
    if (m == null) {
      throw new IllegalArgumentException("no matrix " + version + " in the data; versions: " + matrices.keySet());
    }
    return m;
  }

  /**
   * @param year a millésime
   * @return the values of the rating's parameters in force for it (each key's latest value from a
   *     millésime up to this one), by key in file order
   */
  public Map<String, Parameter> parameters(int year) {
    Map<String, Parameter> inForce = new LinkedHashMap<>();
    parameters.forEach((key, values) -> {
      Parameter latest = null;
      for (Parameter p : values) {
        if (p.from() <= year) {
          latest = p;
        }
      }
      if (latest != null) {
        inForce.put(key, latest);
      }
    });
    return Collections.unmodifiableMap(inForce);
  }

  /**
   * @param year a millésime
   * @return the figures published for it (participants, families, distinctions, mentions, levels…), by name
   */
  public Map<String, PublishedFigure> published(int year) {
    return results.getOrDefault(year, Map.of());
  }

  /**
   * @return the relative paths of every file of the data: {@link #FILES}, the matrices, and the
   *     changes between consecutive matrix versions where the data has them
   */
  public List<String> files() {
    List<String> files = new ArrayList<>(FILES);
    String previous = null;
    for (String version : matrices.keySet()) {
      files.add("matrix/" + version + ".tsv");
      if (previous != null) {
        String changes = "matrix/changes-" + previous + "-" + version + ".tsv";
        open(changes).ifPresent(in -> {
          files.add(changes);
          close(in);
        });
      }
      previous = version;
    }
    return files;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Only probed for existence.
    }
  }

  /**
   * Writes every file of this data (the directory's where it replaced the bundled ones) into a
   * directory, which {@link #load(Path)} then reads back to the same data.
   *
   * @param target the directory, created when missing
   * @return the files written
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> export(Path target) {
    List<Path> written = new ArrayList<>();
    try {
      for (String name : files()) {
        Path file = target.resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = open(name).orElseThrow(() -> new IllegalStateException("missing data file " + name))) {
          Files.write(file, in.readAllBytes());
        }
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the data into " + target + ": " + e.getMessage(), e);
    }
    return written;
  }

  @Override
  public String toString() {
    return "LabelData[" + (directory == null ? "bundled" : directory) + ", " + editions.size() + " millésimes]";
  }

  // ---------------------------------------------------------------- reading

  /** @return the file's name in messages: the directory's path, or the bundled resource */
  private String label(String name) {
    return directory != null && Files.isRegularFile(directory.resolve(name))
        ? directory.resolve(name).toString() : "bundled data " + name;
  }

  private Optional<InputStream> open(String name) {
    try {
      if (directory != null && Files.isRegularFile(directory.resolve(name))) {
        return Optional.of(Files.newInputStream(directory.resolve(name)));
      }
    } catch (IOException e) {
      throw new DataFileException(directory.resolve(name).toString(), 0, "cannot be read: " + e.getMessage());
    }
    return Optional.ofNullable(LabelData.class.getResourceAsStream(BUNDLED_ROOT + name));
  }

  private TsvReader read(String name, List<String> header) {
    String label = label(name);
    InputStream in = open(name).orElseThrow(() -> new DataFileException(label, 0, "is missing"));
    return TsvReader.read(label, new InputStreamReader(in, StandardCharsets.UTF_8), header, DataFileException::new);
  }

  private static DataFileException error(TsvReader.Row row, String file, String reason) {
    return new DataFileException(file, row.line(), reason);
  }

  private Map<String, Mention> readMentions() {
    String file = label("mentions.tsv");
    Map<String, Mention> out = new LinkedHashMap<>();
    for (TsvReader.Row row : read("mentions.tsv", MENTIONS_HEADER).rows) {
      String code = code(row, 0, file, "code");
      if (row.get(1).isBlank()) {
        throw error(row, file, "the mention " + code + " has no label");
      }
      if (out.put(code, new Mention(code, row.get(1))) != null) {
        throw error(row, file, "the mention " + code + " is listed twice");
      }
    }
    return out;
  }

  private Map<String, Obligation> readObligations() {
    String file = label("obligations.tsv");
    Map<String, Obligation> out = new LinkedHashMap<>();
    for (TsvReader.Row row : read("obligations.tsv", OBLIGATIONS_HEADER).rows) {
      String code = code(row, 0, file, "code");
      Set<CollectivityKind> kinds = EnumSet.noneOf(CollectivityKind.class);
      for (String kind : list(row.get(3))) {
        try {
          kinds.add(CollectivityKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
          throw error(row, file, "column kinds names " + kind + "; kinds: COMMUNE, INTERCOMMUNALITE");
        }
      }
      if (kinds.isEmpty()) {
        throw error(row, file, "the obligation " + code + " applies to no kind of collectivité");
      }
      if (row.get(1).isBlank()) {
        throw error(row, file, "the obligation " + code + " names no law");
      }
      Obligation o = new Obligation(code, row.get(1), date(row, 2, file, "from"), kinds,
          integer(row, 4, file, "communePopulationAbove", -1, Integer.MAX_VALUE),
          integer(row, 5, file, "intercommunalityPopulationAbove", -1, Integer.MAX_VALUE),
          integer(row, 6, file, "agentsAtLeast", 0, Integer.MAX_VALUE), integer(row, 7, file, "cap", 1, 5),
          row.get(8));
      if (out.put(code, o) != null) {
        throw error(row, file, "the obligation " + code + " is listed twice");
      }
    }
    return out;
  }

  private Map<String, List<Parameter>> readParameters() {
    String file = label("parameters.tsv");
    Map<String, List<Parameter>> out = new LinkedHashMap<>();
    for (TsvReader.Row row : read("parameters.tsv", PARAMETERS_HEADER).rows) {
      String key = row.get(0);
      if (!key.matches("[A-Za-z][A-Za-z0-9_.]*")) {
        throw error(row, file, "'" + key + "' is not a parameter key (letters, digits, _ and .)");
      }
      int from = integer(row, 1, file, "from", 2000, 2999);
      List<Parameter> values = out.computeIfAbsent(key, k -> new ArrayList<>());
      if (!values.isEmpty() && values.get(values.size() - 1).from() >= from) {
        throw error(row, file, key + ": the values of a key are listed by millésime, oldest first; " + from
            + " comes after " + values.get(values.size() - 1).from());
      }
      if (row.get(3).isBlank()) {
        throw error(row, file, key + " " + from + " has no source");
      }
      values.add(new Parameter(key, row.cells().get(2).strip(), from, row.get(3), file, row.line()));
    }
    return out;
  }

  private List<Edition> readMillesimes() {
    String file = label("millesimes.tsv");
    List<Edition> out = new ArrayList<>();
    for (TsvReader.Row row : read("millesimes.tsv", MILLESIMES_HEADER).rows) {
      int year = integer(row, 0, file, "year", 2000, 2999);
      if (!out.isEmpty() && out.get(out.size() - 1).year() >= year) {
        throw error(row, file, "the millésimes are listed oldest first, each once; " + year + " comes after "
            + out.get(out.size() - 1).year());
      }
      LocalDate opens = date(row, 2, file, "filingOpens");
      LocalDate closes = date(row, 3, file, "filingCloses");
      if (closes.isBefore(opens)) {
        throw error(row, file, "filing closes on " + closes + ", before it opens on " + opens);
      }
      String version = row.get(6);
      if (version.isBlank()) {
        throw error(row, file, "the millésime " + year + " names no matrix");
      }
      matrices.computeIfAbsent(version, v -> loadMatrix(v, row, file));
      var edition = Edition.builder().year(year).number(integer(row, 1, file, "number", 1, 999))
          .filingOpens(opens).filingCloses(closes).matrixVersion(version)
          .parametersVersion(row.get(7).isBlank() ? year + ".1" : row.get(7));
      if (!row.get(4).isEmpty()) {
        edition.juryOn(date(row, 4, file, "juryOn"));
      }
      if (!row.get(5).isEmpty()) {
        edition.ceremonyOn(date(row, 5, file, "ceremonyOn"));
      }
      for (String code : list(row.get(8))) {
        Mention m = mentions.get(code);
        if (m == null) {
          throw error(row, file, "the millésime " + year + " names the mention " + code
              + ", not in mentions.tsv; mentions: " + mentions.keySet());
        }
        edition.addMentions(m);
      }
      for (String code : list(row.get(9))) {
        Obligation o = obligations.get(code);
        if (o == null) {
          throw error(row, file, "the millésime " + year + " names the obligation " + code
              + ", not in obligations.tsv; obligations: " + obligations.keySet());
        }
        edition.addObligations(o);
      }
      for (String fact : list(row.get(10))) {
        if (!PUBLISHABLE.contains(fact)) {
          throw error(row, file, "column published names " + fact + "; facts: " + new java.util.TreeSet<>(PUBLISHABLE));
        }
        edition.addPublished(fact);
      }
      Map<String, Parameter> in = parameters(year);
      Parameter village = in.get("village.populationThreshold");
      if (village != null) {
        edition.villagePopulationThreshold(parameterInteger(village, 0, Integer.MAX_VALUE));
      }
      Parameter period = in.get("eligibility.periodYears");
      if (period != null) {
        edition.eligibilityPeriod(Period.ofYears(parameterInteger(period, 0, 100)));
      }
      out.add(edition.build());
    }
    if (out.isEmpty()) {
      throw new DataFileException(file, 0, "lists no millésime");
    }
    return List.copyOf(out);
  }

  private ServiceMatrix loadMatrix(String version, TsvReader.Row row, String file) {
    String name = "matrix/" + version + ".tsv";
    if (directory == null || !Files.isRegularFile(directory.resolve(name))) {
      try {
        return ServiceMatrix.bundled(version);
      } catch (IllegalArgumentException e) {
        throw error(row, file, "names the matrix " + version + ", but the data has no " + name);
      }
    }
    try (Reader reader = Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8)) {
      ServiceMatrix m = ServiceMatrix.load(directory.resolve(name).toString(), reader);
      if (!m.version().equals(version)) {
        throw new DataFileException(directory.resolve(name).toString(), 0,
            "holds the matrix " + m.version() + ", not " + version);
      }
      return m;
    } catch (MatrixFormatException e) {
      throw new DataFileException(e.source(), e.line(), e.reason());
    } catch (IOException e) {
      throw new DataFileException(directory.resolve(name).toString(), 0, "cannot be read: " + e.getMessage());
    }
  }

  private Map<Integer, Map<String, PublishedFigure>> readResults() {
    String file = label("results.tsv");
    Map<Integer, Map<String, PublishedFigure>> out = new TreeMap<>();
    for (TsvReader.Row row : read("results.tsv", RESULTS_HEADER).rows) {
      int year = integer(row, 0, file, "year", 2000, 2999);
      String figure = row.get(1);
      if (!figure.matches("[a-z][A-Za-z0-9_.]*")) {
        throw error(row, file, "'" + figure + "' is not a figure name (a lower-case letter, then letters, digits, _ and .)");
      }
      long value;
      try {
        value = Long.parseLong(row.get(2));
      } catch (NumberFormatException e) {
        throw error(row, file, "column value is '" + row.get(2) + "', not a whole number");
      }
      if (value < 0) {
        throw error(row, file, "column value is " + value + ", a count is not negative");
      }
      if (row.get(3).isBlank()) {
        throw error(row, file, figure + " " + year + " has no source");
      }
      if (out.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(figure, new PublishedFigure(figure, value, row.get(3))) != null) {
        throw error(row, file, figure + " of " + year + " is listed twice");
      }
    }
    out.replaceAll((y, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(out);
  }

  // ---------------------------------------------------------------- cells

  private static String code(TsvReader.Row row, int column, String file, String name) {
    String code = row.get(column);
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw error(row, file, "column " + name + " is '" + code + "', not a code in upper case (A-Z, 0-9, _)");
    }
    return code;
  }

  private static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static int integer(TsvReader.Row row, int column, String file, String name, int min, int max) {
    String cell = row.get(column);
    try {
      int n = Integer.parseInt(cell);
      if (n < min || n > max) {
        throw error(row, file, "column " + name + " is " + n + ", not within " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw error(row, file, "column " + name + " is '" + cell + "', not a whole number");
    }
  }

  private static LocalDate date(TsvReader.Row row, int column, String file, String name) {
    String cell = row.get(column);
    try {
      return LocalDate.parse(cell);
    } catch (java.time.format.DateTimeParseException e) {
      throw error(row, file, "column " + name + " is '" + cell + "', not a date like 2026-11-15");
    }
  }

  private static int parameterInteger(Parameter p, int min, int max) {
    try {
      int n = Integer.parseInt(p.value());
      if (n < min || n > max) {
        throw new DataFileException(p.file(), p.line(), p.key() + " is " + n + ", not within " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new DataFileException(p.file(), p.line(), p.key() + " is '" + p.value() + "', not a whole number");
    }
  }
}
