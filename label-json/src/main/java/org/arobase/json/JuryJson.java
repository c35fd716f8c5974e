package org.arobase.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.arobase.core.Distinction;
import org.arobase.core.internal.Messages;
import org.arobase.core.jury.Award;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.validation.Violation;

/**
 * Reads and writes the jury's JSON files (docs/JURY.md): the jurors file, input of
 * {@code arobase jury plan}, and jury records ({@code arobase/jury-record@1}), a file holding
 * one record or an array of them. Reading is as strict as {@link LabelJson}'s, with the same
 * codes ({@link JsonCodes}) and limits ({@link JsonLimits#defaults()}): unknown fields (with
 * the closest known name), missing fields, wrong types, duplicate fields and unknown
 * categories or distinctions are all reported at once, each with its JSON pointer, line and
 * column, in a {@link LabelJsonException}. Reading checks the shape of a record only;
 * {@link org.arobase.core.jury.JuryRecords#validate} checks its content.
 *
 * <p>The JSON Schemas of both files ship as the resources {@code schema/jurors.schema.json} and
 * {@code schema/jury-record.schema.json} beside this class. Thread-safe.
 */
public final class JuryJson {

  /** A juror's id is blank. */
  public static final String JURY_JUROR_ID_BLANK = "JURY_JUROR_ID_BLANK";
  /** A juror's id is already used by an earlier juror of the file. */
  public static final String JURY_JUROR_ID_DUPLICATE = "JURY_JUROR_ID_DUPLICATE";
  /** A jurors file lists more than {@link #MAX_JURORS} jurors. */
  public static final String JURY_LIMIT_JURORS = "JURY_LIMIT_JURORS";

  /** The most jurors a jurors file may list. */
  public static final int MAX_JURORS = 10_000;

  private static final JsonLimits LIMITS = JsonLimits.defaults();
  static {
    JacksonVersion.requireMinimum();
  }
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(LIMITS.maxDocumentBytes())
          .maxNestingDepth(LIMITS.maxDepth())
          .maxStringLength(LIMITS.maxStringLength())
          .maxNameLength(LIMITS.maxStringLength())
          .build())
      // Duplicate fields are reported by the reader, which goes on; Jackson's check would stop it.
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final ObjectMapper WRITER = new ObjectMapper();
  private static final Messages FRENCH = Cursor.messages(Locale.FRENCH);

  private JuryJson() {}

  /**
   * @param json a jurors file: {@code [{"id", "name", "affiliation", "conflicts": {"collectivities",
   *     "departements", "regions"}}]}
   * @return the jurors, in file order
   * @throws LabelJsonException listing every problem
   */
  public static List<Juror> readJurors(String json) {
    return read(() -> FACTORY.createParser(json), JuryReader::jurors, FRENCH);
  }

  /**
   * @param in a jurors file, read to its end and not closed
   * @return the jurors, in file order
   * @throws LabelJsonException listing every problem ({@link JsonCodes#JSON_READ_FAILED} when it cannot be read)
   */
  public static List<Juror> readJurors(InputStream in) {
    return read(in, JuryReader::jurors, FRENCH);
  }

  /**
   * @param file a jurors file
   * @return the jurors, in file order
   * @throws LabelJsonException listing every problem, in French ({@link JsonCodes#JSON_READ_FAILED} when it cannot be read)
   */
  public static List<Juror> readJurors(Path file) {
    return readJurors(file, Locale.FRENCH);
  }

  /**
   * @param file a jurors file
   * @param locale the language of the problems' messages: {@link Locale#ENGLISH} for English, French
   *     for anything else and for {@code null}
   * @return the jurors, in file order
   * @throws LabelJsonException listing every problem ({@link JsonCodes#JSON_READ_FAILED} when it cannot be read)
   */
  public static List<Juror> readJurors(Path file, Locale locale) {
    return read(file, JuryReader::jurors, Cursor.messages(locale));
  }

  /**
   * @param json one jury record (an object) or several (an array of objects)
   * @return the records, in document order
   * @throws LabelJsonException listing every problem, with pointers such as {@code /2/award/arobases}
   */
  public static List<JuryRecord> readRecords(String json) {
    return read(() -> FACTORY.createParser(json), JuryReader::records, FRENCH);
  }

  /**
   * @param in one jury record or an array of them, read to its end and not closed
   * @return the records, in document order
   * @throws LabelJsonException listing every problem
   */
  public static List<JuryRecord> readRecords(InputStream in) {
    return read(in, JuryReader::records, FRENCH);
  }

  /**
   * @param file a file of one jury record or an array of them
   * @return the records, in document order
   * @throws LabelJsonException listing every problem, in French
   */
  public static List<JuryRecord> readRecords(Path file) {
    return readRecords(file, Locale.FRENCH);
  }

  /**
   * @param file a file of one jury record or an array of them
   * @param locale the language of the problems' messages: {@link Locale#ENGLISH} for English, French
   *     for anything else and for {@code null}
   * @return the records, in document order
   * @throws LabelJsonException listing every problem
   */
  public static List<JuryRecord> readRecords(Path file, Locale locale) {
    return read(file, JuryReader::records, Cursor.messages(locale));
  }

  /**
   * @param jurors jurors
   * @return the jurors file, indented, ending with a new line
   */
  public static String writeJurors(List<Juror> jurors) {
    ArrayNode root = WRITER.createArrayNode();
    for (Juror j : jurors) {
      ObjectNode node = root.addObject().put("id", j.id()).put("name", j.name()).put("affiliation", j.affiliation());
      ObjectNode conflicts = node.putObject("conflicts");
      j.conflicts().collectivities().forEach(conflicts.putArray("collectivities")::add);
      j.conflicts().departements().forEach(conflicts.putArray("departements")::add);
      j.conflicts().regions().forEach(conflicts.putArray("regions")::add);
    }
    return root.toPrettyString() + "\n";
  }

  /**
   * @param record a record
   * @return it as JSON with its {@code format}, indented, ending with a new line
   */
  public static String writeRecord(JuryRecord record) {
    return recordNode(record).toPrettyString() + "\n";
  }

  /**
   * @param records records
   * @return them as a JSON array, indented, ending with a new line
   */
  public static String writeRecords(List<JuryRecord> records) {
    ArrayNode root = WRITER.createArrayNode();
    records.forEach(r -> root.add(recordNode(r)));
    return root.toPrettyString() + "\n";
  }

  private static ObjectNode recordNode(JuryRecord r) {
    ObjectNode node = WRITER.createObjectNode().put("format", JuryRecord.FORMAT).put("edition", r.edition());
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

  private static <T> List<T> read(InputStream in, Function<JuryReader, List<T>> what, Messages m) {
    return read(() -> FACTORY.createParser(new StrictUtf8InputStream(in)), what, m);
  }

  private static <T> List<T> read(Path file, Function<JuryReader, List<T>> what, Messages m) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, what, m);
    } catch (IOException e) {
      throw new LabelJsonException(List.of(Violation.error("", JsonCodes.JSON_READ_FAILED,
          m.get("read.failedSource", file, e.getMessage()))));
    }
  }

  private static <T> List<T> read(Cursor.Opener opener, Function<JuryReader, List<T>> what, Messages m) {
    return Cursor.readDocument(opener, cursor -> what.apply(new JuryReader(cursor)), m);
  }
}
