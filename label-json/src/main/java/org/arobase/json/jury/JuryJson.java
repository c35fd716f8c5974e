package org.arobase.json.jury;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.RatedCollectivity;
import org.arobase.core.Violation;
import org.arobase.core.jury.Award;
import org.arobase.core.jury.Conflicts;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.Proposal;

/**
 * Reads and writes the jury's JSON files: the jurors file and jury records. Reading is
 * strict: unknown fields (with the closest known name), missing fields, wrong types, unknown
 * distinctions and duplicate juror ids are reported all at once, each with its JSON pointer,
 * in a {@link JuryJsonException}; malformed JSON gives its line and column. Reading only checks
 * the shape of a record; {@link org.arobase.core.jury.JuryRecords#validate} checks its content.
 *
 * <p>Thread-safe.
 */
public final class JuryJson {

  /** Malformed JSON, too deep, too long, or more than one document. */
  public static final String JSON_MALFORMED = "JSON_MALFORMED";
  /** A field this format does not have. */
  public static final String FIELD_UNKNOWN = Fields.FIELD_UNKNOWN;
  /** A required field is absent or null. */
  public static final String FIELD_MISSING = Fields.FIELD_MISSING;
  /** A value of the wrong JSON type. */
  public static final String TYPE_MISMATCH = Fields.TYPE_MISMATCH;
  /** A value of the right type that is not allowed: a blank id, an unknown distinction or category, a wrong format. */
  public static final String VALUE_INVALID = Fields.VALUE_INVALID;
  /** Two jurors share an id. */
  public static final String JUROR_ID_DUPLICATE = "JUROR_ID_DUPLICATE";
  /** A jurors file with more jurors than {@link #MAX_JURORS}. */
  public static final String TOO_MANY_JURORS = "TOO_MANY_JURORS";

  /** The most jurors a jurors file may list. */
  public static final int MAX_JURORS = 10_000;

  private static final Set<String> JUROR_FIELDS = fields("id", "name", "affiliation", "conflicts");
  private static final Set<String> CONFLICT_FIELDS = fields("collectivities", "departements", "regions");
  private static final Set<String> RECORD_FIELDS = fields("format", "edition", "collectivity", "engine", "binome", "award");
  private static final Set<String> COLLECTIVITY_FIELDS = fields("code", "name", "category");
  private static final Set<String> ENGINE_FIELDS = fields("arobases", "mentions", "distinctions");
  private static final Set<String> BINOME_FIELDS = fields("jurors", "proposal");
  private static final Set<String> PROPOSAL_FIELDS = fields("arobases", "mentions", "distinctions", "note");
  private static final Set<String> AWARD_FIELDS = fields("arobases", "mentions", "distinctions", "justification");

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxStringLength(1_000_000)
          .maxNumberLength(100)
          .maxDocumentLength(64L * 1024 * 1024)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private JuryJson() {}

  /**
   * @param json a jurors file: {@code [{"id", "name", "affiliation", "conflicts": {"collectivities",
   *     "departements", "regions"}}]}
   * @return the jurors, in file order
   * @throws JuryJsonException listing every problem
   */
  public static List<Juror> readJurors(String json) throws JuryJsonException {
    return jurors(parse(json));
  }

  /**
   * @param in a jurors file, read to its end (not closed)
   * @return the jurors, in file order
   * @throws JuryJsonException listing every problem
   */
  public static List<Juror> readJurors(InputStream in) throws JuryJsonException {
    return jurors(parse(in));
  }

  /**
   * @param path a jurors file
   * @return the jurors, in file order
   * @throws IOException if the file cannot be read
   * @throws JuryJsonException listing every problem
   */
  public static List<Juror> readJurors(Path path) throws IOException, JuryJsonException {
    return jurors(parse(path));
  }

  /**
   * @param json one jury record (an object) or several (an array of objects)
   * @return the records, in file order
   * @throws JuryJsonException listing every problem, with pointers such as {@code /2/award/arobases}
   */
  public static List<JuryRecord> readRecords(String json) throws JuryJsonException {
    return records(parse(json));
  }

  /**
   * @param in one jury record or an array of them, read to its end (not closed)
   * @return the records, in file order
   * @throws JuryJsonException listing every problem
   */
  public static List<JuryRecord> readRecords(InputStream in) throws JuryJsonException {
    return records(parse(in));
  }

  /**
   * @param path a file of one jury record or an array of them
   * @return the records, in file order
   * @throws IOException if the file cannot be read
   * @throws JuryJsonException listing every problem
   */
  public static List<JuryRecord> readRecords(Path path) throws IOException, JuryJsonException {
    return records(parse(path));
  }

  /**
   * @param jurors jurors
   * @return the jurors file, indented
   */
  public static String writeJurors(List<Juror> jurors) {
    ArrayNode root = MAPPER.createArrayNode();
    for (Juror j : jurors) {
      ObjectNode node = root.addObject().put("id", j.id()).put("name", j.name()).put("affiliation", j.affiliation());
      ObjectNode conflicts = node.putObject("conflicts");
      j.conflicts().collectivities().forEach(conflicts.putArray("collectivities")::add);
      j.conflicts().departements().forEach(conflicts.putArray("departements")::add);
      j.conflicts().regions().forEach(conflicts.putArray("regions")::add);
    }
    return write(root);
  }

  /**
   * @param record a record
   * @return it as JSON, indented, with its {@code format}
   */
  public static String writeRecord(JuryRecord record) {
    return write(recordNode(record));
  }

  /**
   * @param records records
   * @return them as a JSON array, indented
   */
  public static String writeRecords(List<JuryRecord> records) {
    ArrayNode root = MAPPER.createArrayNode();
    records.forEach(r -> root.add(recordNode(r)));
    return write(root);
  }

  private static ObjectNode recordNode(JuryRecord r) {
    ObjectNode node = MAPPER.createObjectNode().put("format", JuryRecord.FORMAT).put("edition", r.edition());
    ObjectNode c = node.putObject("collectivity").put("code", r.collectivity().code()).put("name", r.collectivity().name());
    c.put("category", r.collectivity().category() == null ? null : r.collectivity().category().name());
    r.engine().ifPresent(e -> result(node.putObject("engine"), e.arobases(), e.mentions(), e.distinctions()));
    ObjectNode binome = node.putObject("binome");
    r.jurors().forEach(binome.putArray("jurors")::add);
    r.proposal().ifPresent(p -> {
      ObjectNode proposal = result(binome.putObject("proposal"), p.arobases(), p.mentions(), p.distinctions());
      p.note().ifPresent(n -> proposal.put("note", n));
    });
    Award a = r.award();
    result(node.putObject("award"), a.arobases(), a.mentions(), a.distinctions()).put("justification", a.justification());
    return node;
  }

  private static ObjectNode result(ObjectNode node, int arobases, List<String> mentions, List<Distinction> distinctions) {
    node.put("arobases", arobases);
    ArrayNode m = node.putArray("mentions");
    mentions.forEach(m::add);
    ArrayNode d = node.putArray("distinctions");
    distinctions.forEach(x -> d.add(x.name()));
    return node;
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static JsonNode parse(String json) throws JuryJsonException {
    try {
      return check(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private static JsonNode parse(InputStream in) throws JuryJsonException {
    try {
      return check(MAPPER.readTree(in));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new JuryJsonException(List.of(Violation.error("", JSON_MALFORMED, "cannot read: " + e.getMessage())));
    }
  }

  private static JsonNode parse(Path path) throws IOException, JuryJsonException {
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in);
    }
  }

  private static JsonNode check(JsonNode node) throws JuryJsonException {
    if (node == null || node.isMissingNode()) {
      throw new JuryJsonException(List.of(Violation.error("", JSON_MALFORMED, "the document is empty")));
    }
    return node;
  }

  private static JuryJsonException malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new JuryJsonException(List.of(Violation.error("", JSON_MALFORMED,
        "malformed JSON" + where + ": " + e.getOriginalMessage())));
  }

  private static List<Juror> jurors(JsonNode root) throws JuryJsonException {
    Fields f = new Fields();
    List<Juror> jurors = new ArrayList<>();
    if (f.array(root, "")) {
      if (root.size() > MAX_JURORS) {
        throw new JuryJsonException(List.of(Violation.error("", TOO_MANY_JURORS,
            root.size() + " jurors; a jurors file lists at most " + MAX_JURORS)));
      }
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < root.size(); i++) {
        String at = Violation.pointerOf(i);
        JsonNode node = root.get(i);
        if (!f.object(node, at)) {
          continue;
        }
        f.onlyKnown(node, at, JUROR_FIELDS);
        Optional<String> id = f.text(node, at, "id", true);
        Optional<String> name = f.text(node, at, "name", true);
        Optional<String> affiliation = f.text(node, at, "affiliation", false);
        Conflicts conflicts = Conflicts.none();
        JsonNode c = f.present(node, at, "conflicts", false);
        String cAt = at + "/conflicts";
        if (c != null && f.object(c, cAt)) {
          f.onlyKnown(c, cAt, CONFLICT_FIELDS);
          conflicts = new Conflicts(f.texts(c, cAt, "collectivities"), f.texts(c, cAt, "departements"),
              f.texts(c, cAt, "regions"));
        }
        if (id.isPresent() && id.get().isBlank()) {
          f.out.add(Violation.error(at + "/id", VALUE_INVALID, "the id is blank"));
        } else if (id.isPresent()) {
          Integer first = ids.putIfAbsent(id.get(), i);
          if (first != null) {
            f.out.add(Violation.error(at + "/id", JUROR_ID_DUPLICATE,
                "the id « " + id.get() + " » is already used by juror " + first));
          }
        }
        if (id.isPresent() && name.isPresent()) {
          jurors.add(new Juror(id.get(), name.get(), affiliation.orElse(""), conflicts));
        }
      }
    }
    if (!f.out.isEmpty()) {
      throw new JuryJsonException(f.out);
    }
    return jurors;
  }

  private static List<JuryRecord> records(JsonNode root) throws JuryJsonException {
    Fields f = new Fields();
    List<JuryRecord> records = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        record(f, root.get(i), Violation.pointerOf(i)).ifPresent(records::add);
      }
    } else if (root.isObject()) {
      record(f, root, "").ifPresent(records::add);
    } else {
      f.out.add(Violation.error("", Fields.TYPE_MISMATCH,
          "expected a jury record or an array of them, found " + Fields.kind(root)));
    }
    if (!f.out.isEmpty()) {
      throw new JuryJsonException(f.out);
    }
    return records;
  }

  private static Optional<JuryRecord> record(Fields f, JsonNode node, String at) {
    if (!f.object(node, at)) {
      return Optional.empty();
    }
    int before = f.out.size();
    f.onlyKnown(node, at, RECORD_FIELDS);
    f.text(node, at, "format", false).filter(s -> !s.equals(JuryRecord.FORMAT)).ifPresent(s -> f.out.add(
        Violation.error(at + "/format", VALUE_INVALID, "« " + s + " » is not " + JuryRecord.FORMAT)));
    Optional<Integer> edition = f.integer(node, at, "edition", true);
    RatedCollectivity collectivity = null;
    JsonNode c = f.present(node, at, "collectivity", true);
    if (c != null && f.object(c, at + "/collectivity")) {
      String cAt = at + "/collectivity";
      f.onlyKnown(c, cAt, COLLECTIVITY_FIELDS);
      Optional<String> code = f.text(c, cAt, "code", true);
      Optional<String> name = f.text(c, cAt, "name", true);
      Optional<Category> category = f.text(c, cAt, "category", true).flatMap(s -> category(f, cAt + "/category", s));
      if (code.isPresent() && name.isPresent() && category.isPresent()) {
        collectivity = new RatedCollectivity(code.get(), name.get(), category.get());
      }
    }
    Optional<Proposal> engine = Optional.ofNullable(f.present(node, at, "engine", false))
        .flatMap(e -> proposal(f, e, at + "/engine", ENGINE_FIELDS));
    List<String> jurors = List.of();
    Optional<Proposal> proposal = Optional.empty();
    JsonNode b = f.present(node, at, "binome", true);
    if (b != null && f.object(b, at + "/binome")) {
      String bAt = at + "/binome";
      f.onlyKnown(b, bAt, BINOME_FIELDS);
      f.present(b, bAt, "jurors", true);
      jurors = f.texts(b, bAt, "jurors");
      proposal = Optional.ofNullable(f.present(b, bAt, "proposal", false))
          .flatMap(p -> proposal(f, p, bAt + "/proposal", PROPOSAL_FIELDS));
    }
    Award award = null;
    JsonNode a = f.present(node, at, "award", true);
    if (a != null && f.object(a, at + "/award")) {
      String aAt = at + "/award";
      Optional<Proposal> result = proposal(f, a, aAt, AWARD_FIELDS);
      Optional<String> justification = f.text(a, aAt, "justification", false);
      award = result.map(r -> new Award(r.arobases(), r.mentions(), r.distinctions(), justification.orElse("")))
          .orElse(null);
    }
    if (f.out.size() > before || edition.isEmpty() || collectivity == null || award == null) {
      return Optional.empty();
    }
    return Optional.of(new JuryRecord(edition.get(), collectivity, engine, jurors, proposal, award));
  }

  private static Optional<Proposal> proposal(Fields f, JsonNode node, String at, Set<String> known) {
    if (!f.object(node, at)) {
      return Optional.empty();
    }
    f.onlyKnown(node, at, known);
    Optional<Integer> arobases = f.integer(node, at, "arobases", true);
    List<String> mentions = f.texts(node, at, "mentions");
    List<Distinction> distinctions = f.names(node, at, "distinctions", Distinction.class);
    Optional<String> note = known.contains("note") ? f.text(node, at, "note", false) : Optional.empty();
    return arobases.map(n -> new Proposal(n, mentions, distinctions, note));
  }

  private static Optional<Category> category(Fields f, String at, String value) {
    try {
      return Optional.of(Category.valueOf(value));
    } catch (IllegalArgumentException e) {
      f.out.add(Violation.error(at, VALUE_INVALID, "« " + value + " » is not one of " + List.of(Category.values())));
      return Optional.empty();
    }
  }

  private static Set<String> fields(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }
}
