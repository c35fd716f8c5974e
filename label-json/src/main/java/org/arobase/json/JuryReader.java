package org.arobase.json;

import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.jury.Award;
import org.arobase.core.jury.Conflicts;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.Proposal;

/** Reads jurors files and jury records from a {@link Cursor}, recording every problem. Not thread-safe. */
final class JuryReader {

  private static final Cursor.Fields JUROR = new Cursor.Fields("juror", "id!", "name!", "affiliation", "conflicts");
  private static final Cursor.Fields CONFLICTS =
      new Cursor.Fields("conflicts", "collectivities", "departements", "regions");
  private static final Cursor.Fields RECORD =
      new Cursor.Fields("juryRecord", "format", "edition!", "collectivity!", "engine", "binome!", "award!");
  private static final Cursor.Fields COLLECTIVITY = new Cursor.Fields("juryCollectivity", "code!", "name!", "category!");
  private static final Cursor.Fields ENGINE =
      new Cursor.Fields("engine", "arobases!", "mentions", "distinctions");
  private static final Cursor.Fields BINOME = new Cursor.Fields("binome", "jurors!", "proposal");
  private static final Cursor.Fields PROPOSAL =
      new Cursor.Fields("binomeProposal", "arobases!", "mentions", "distinctions", "note");
  private static final Cursor.Fields AWARD =
      new Cursor.Fields("award", "arobases!", "mentions", "distinctions", "justification");

  private final Cursor cursor;
  private final Map<String, Integer> ids = new HashMap<>();
  private int jurorIndex;

  JuryReader(Cursor cursor) {
    this.cursor = cursor;
  }

  /** The cursor is on the first token of the document. */
  List<Juror> jurors() {
    if (cursor.token() != JsonToken.START_ARRAY) {
      return cursor.wrongType("type.jurors");
    }
    return cursor.array(this::juror);
  }

  private Juror juror() {
    int index = jurorIndex++;
    if (index == JuryJson.MAX_JURORS) {
      cursor.problem(JuryJson.JURY_LIMIT_JURORS, cursor.messages().get("limit.jurors", JuryJson.MAX_JURORS));
      throw new Cursor.Fatal();
    }
    Object[] v = cursor.object(JUROR, name -> switch (name) {
      case "id" -> id(index);
      case "name", "affiliation" -> cursor.string();
      default -> conflicts();
    });
    return v == null ? null
        : new Juror((String) v[0], (String) v[1], (String) v[2], v[3] == null ? Conflicts.none() : (Conflicts) v[3]);
  }

  private String id(int index) {
    String id = cursor.string();
    if (id == null) {
      return null;
    }
    if (id.isBlank()) {
      cursor.problem(JuryJson.JURY_JUROR_ID_BLANK, cursor.messages().get("juror.idBlank"));
      return null;
    }
    Integer first = ids.putIfAbsent(id, index);
    if (first != null) {
      cursor.problem(JuryJson.JURY_JUROR_ID_DUPLICATE,
          cursor.messages().get("juror.idDuplicate", cursor.quote(id), first));
      return null;
    }
    return id;
  }

  @SuppressWarnings("unchecked")
  private Conflicts conflicts() {
    Object[] v = cursor.object(CONFLICTS, name -> cursor.strings());
    return v == null ? null : new Conflicts((List<String>) v[0], (List<String>) v[1], (List<String>) v[2]);
  }

  /** One record (an object) or several (an array); the cursor is on the first token of the document. */
  List<JuryRecord> records() {
    if (cursor.token() == JsonToken.START_ARRAY) {
      return cursor.array(this::record);
    }
    if (cursor.token() == JsonToken.START_OBJECT) {
      JuryRecord record = record();
      return record == null ? null : List.of(record);
    }
    return cursor.wrongType("type.juryRecords");
  }

  @SuppressWarnings("unchecked")
  private JuryRecord record() {
    Object[] v = cursor.object(RECORD, name -> switch (name) {
      case "format" -> format();
      case "edition" -> cursor.integer();
      case "collectivity" -> collectivity();
      case "engine" -> proposal(ENGINE);
      case "binome" -> cursor.object(BINOME, field -> field.equals("jurors") ? cursor.strings() : proposal(PROPOSAL));
      default -> award();
    });
    if (v == null) {
      return null;
    }
    Object[] binome = (Object[]) v[4];
    return new JuryRecord((Integer) v[1], (RatedCollectivity) v[2], Optional.ofNullable((Proposal) v[3]),
        (List<String>) binome[0], Optional.ofNullable((Proposal) binome[1]), (Award) v[5]);
  }

  private String format() {
    String format = cursor.string();
    if (format != null && !format.equals(JuryRecord.FORMAT)) {
      cursor.problem(JsonCodes.JSON_FORMAT_UNSUPPORTED,
          cursor.messages().get("jury.formatUnsupported", cursor.quote(format), JuryRecord.FORMAT));
      return null;
    }
    return format;
  }

  private RatedCollectivity collectivity() {
    Object[] v = cursor.object(COLLECTIVITY, name -> name.equals("category")
        ? cursor.enumValue(Category.class, "enum.category") : cursor.string());
    return v == null ? null : new RatedCollectivity((String) v[0], (String) v[1], (Category) v[2]);
  }

  @SuppressWarnings("unchecked")
  private Proposal proposal(Cursor.Fields fields) {
    Object[] v = cursor.object(fields, this::resultField);
    return v == null ? null : new Proposal((Integer) v[0], (List<String>) v[1], (List<Distinction>) v[2],
        Optional.ofNullable(v.length > 3 ? (String) v[3] : null));
  }

  @SuppressWarnings("unchecked")
  private Award award() {
    Object[] v = cursor.object(AWARD, this::resultField);
    return v == null ? null
        : new Award((Integer) v[0], (List<String>) v[1], (List<Distinction>) v[2], (String) v[3]);
  }

  /** The fields shared by proposals and awards: arobases, mentions, distinctions, and a text. */
  private Object resultField(String name) {
    return switch (name) {
      case "arobases" -> cursor.integer();
      case "mentions" -> cursor.strings();
      case "distinctions" -> cursor.array(() -> cursor.enumValue(Distinction.class, "enum.distinction"));
      default -> cursor.string();
    };
  }
}
