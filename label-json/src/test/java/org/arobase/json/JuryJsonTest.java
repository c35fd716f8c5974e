package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.jury.Award;
import org.arobase.core.jury.Conflicts;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.Proposal;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;

class JuryJsonTest {

  static final String JURORS = """
      [
        {"id": "dubois", "name": "Claire Dubois", "affiliation": "Université de Limoges",
         "conflicts": {"collectivities": ["19015"], "departements": ["87"], "regions": ["Nouvelle-Aquitaine"]}},
        {"id": "bernard", "name": "Julien Bernard"}
      ]
      """;

  static final JuryRecord AYEN = new JuryRecord(2022, new RatedCollectivity("19015", "Ayen", Category.VILLAGE),
      Optional.of(Proposal.of(3, List.of(), List.of())), List.of("dubois", "bernard"),
      Optional.of(new Proposal(4, List.of("TRANSITION_ECOLOGIQUE"), List.of(), Optional.of("Arbres remarquables"))),
      new Award(4, List.of("TRANSITION_ECOLOGIQUE"), List.of(Distinction.HORS_CONCOURS), "Patrimoine naturel"));

  static final Schema JURORS_SCHEMA = schema("jurors.schema.json");
  static final Schema RECORD_SCHEMA = schema("jury-record.schema.json");

  static String shipped(String name) {
    try (InputStream in = JuryJson.class.getResourceAsStream("schema/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Schema schema(String name) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(shipped(name));
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  static List<String> problems(LabelJsonException e) {
    return e.violations().stream().map(v -> v.code() + " " + v.pointer()).toList();
  }

  @Test
  void readsAJurorsFile() {
    List<Juror> jurors = JuryJson.readJurors(JURORS);
    assertEquals(List.of(
        new Juror("dubois", "Claire Dubois", "Université de Limoges",
            new Conflicts(List.of("19015"), List.of("87"), List.of("Nouvelle-Aquitaine"))),
        new Juror("bernard", "Julien Bernard", "", Conflicts.none())), jurors);
    assertEquals(jurors, JuryJson.readJurors(JuryJson.writeJurors(jurors)));
    assertEquals(List.of(), errors(JURORS_SCHEMA, JURORS));
    assertEquals(List.of(), errors(JURORS_SCHEMA, JuryJson.writeJurors(jurors)));
  }

  @Test
  void unknownFieldsDuplicateIdsAndWrongTypesAreReportedWithPointers() {
    String bad = """
        [{"id": "a", "name": "A", "conflicts": {"region": ["Corse"]}},
         {"id": "a", "nom": "B"},
         {"id": " ", "name": 3},
         "c"]
        """;
    LabelJsonException e = assertThrows(LabelJsonException.class, () -> JuryJson.readJurors(bad));
    assertEquals(List.of("JSON_UNKNOWN_FIELD /0/conflicts/region", "JURY_JUROR_ID_DUPLICATE /1/id",
        "JSON_UNKNOWN_FIELD /1/nom", "JSON_MISSING_FIELD /1/name", "JURY_JUROR_ID_BLANK /2/id",
        "JSON_WRONG_TYPE /2/name", "JSON_WRONG_TYPE /3"), problems(e));
    assertEquals("champ «\u00a0region\u00a0» inconnu dans les conflits d'intérêts\u00a0; vouliez-vous dire"
        + " «\u00a0regions\u00a0»\u00a0? (ligne 1, colonne 41)", e.violations().get(0).message());
    assertTrue(e.violations().get(1).message().startsWith("l'identifiant «\u00a0a\u00a0» est déjà celui du juré 0 (ligne 2"),
        e.getMessage());
    assertTrue(!errors(JURORS_SCHEMA, bad).isEmpty());
  }

  @Test
  void malformedJsonLimitsAndDuplicateFieldsHaveTheirCodes() {
    Violation syntax = assertThrows(LabelJsonException.class,
        () -> JuryJson.readJurors("[\n  {\"id\": \"a\",}\n]")).violations().get(0);
    assertEquals(JsonCodes.JSON_SYNTAX, syntax.code());
    assertTrue(syntax.message().contains("(ligne 2, colonne"), syntax.message());
    assertEquals(List.of(JsonCodes.JSON_DUPLICATE_FIELD), assertThrows(LabelJsonException.class,
        () -> JuryJson.readJurors("[{\"id\": \"a\", \"id\": \"b\", \"name\": \"A\"}]")).codes());
    assertEquals(List.of(JsonCodes.JSON_SYNTAX), assertThrows(LabelJsonException.class,
        () -> JuryJson.readJurors("")).codes());
    assertEquals(List.of(JsonCodes.JSON_SYNTAX), assertThrows(LabelJsonException.class,
        () -> JuryJson.readJurors("[] []")).codes());
    assertTrue(assertThrows(LabelJsonException.class,
        () -> JuryJson.readRecords("[".repeat(10_000))).codes().contains(JsonCodes.JSON_LIMIT_DEPTH));
    assertEquals(List.of(JsonCodes.JSON_READ_FAILED), assertThrows(LabelJsonException.class,
        () -> JuryJson.readJurors(Path.of("no", "such", "jurors.json"))).codes());
  }

  @Test
  void tooManyJurorsStopReading() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i <= JuryJson.MAX_JURORS; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": \"j").append(i).append("\", \"name\": \"J\"}");
    }
    sb.append(']');
    assertEquals(List.of(JuryJson.JURY_LIMIT_JURORS), assertThrows(LabelJsonException.class,
        () -> JuryJson.readJurors(sb.toString())).codes());
  }

  @Test
  void recordsRoundTripAndValidateAgainstTheSchema() {
    String one = JuryJson.writeRecord(AYEN);
    assertEquals(List.of(AYEN), JuryJson.readRecords(one));
    assertEquals(List.of(), errors(RECORD_SCHEMA, one));
    JuryRecord bare = new JuryRecord(2021, new RatedCollectivity("03107", "Ébreuil", Category.VILLAGE),
        Optional.empty(), List.of("a", "b"), Optional.empty(), Award.of(2, ""));
    String two = JuryJson.writeRecords(List.of(AYEN, bare));
    assertEquals(List.of(AYEN, bare), JuryJson.readRecords(two));
    assertEquals(List.of(), errors(RECORD_SCHEMA, two));
  }

  @Test
  void recordProblemsAreReportedAllAtOnceAndTheSchemaRejectsThemToo() {
    String bad = """
        [{"edition": 2022, "collectivity": {"code": "19015", "name": "Ayen", "category": "HAMEAU"},
          "binome": {"jurors": ["a", "b"]}, "award": {"arobases": "4", "distinctions": ["EXCELLENCE"]}},
         {"format": "arobase/jury-record@2", "edition": 2022.5, "collectivity": {"code": "19015", "name": "Ayen",
          "category": "VILLAGE"}, "binome": {"jurors": ["a", "b"]}, "award": {"arobases": 4, "justifcation": ""}}]
        """;
    LabelJsonException e = assertThrows(LabelJsonException.class, () -> JuryJson.readRecords(bad));
    assertEquals(List.of("JSON_ENUM_UNKNOWN /0/collectivity/category", "JSON_WRONG_TYPE /0/award/arobases",
        "JSON_ENUM_UNKNOWN /0/award/distinctions/0", "JSON_FORMAT_UNSUPPORTED /1/format", "JSON_WRONG_TYPE /1/edition",
        "JSON_UNKNOWN_FIELD /1/award/justifcation"), problems(e));
    for (String single : List.of(
        "{\"edition\": 2022, \"collectivity\": {\"code\": \"1\", \"name\": \"A\", \"category\": \"HAMEAU\"}, "
            + "\"binome\": {\"jurors\": [\"a\", \"b\"]}, \"award\": {\"arobases\": 4}}",
        "{\"edition\": 2022, \"collectivity\": {\"code\": \"1\", \"name\": \"A\", \"category\": \"VILLE\"}, "
            + "\"binome\": {\"jurors\": [\"a\", \"b\"]}, \"award\": {\"arobases\": 4, \"justifcation\": \"\"}}",
        "{\"edition\": 2022, \"collectivity\": {\"code\": \"1\", \"name\": \"A\", \"category\": \"VILLE\"}, "
            + "\"binome\": {\"jurors\": [\"a\", \"b\"]}}")) {
      assertThrows(LabelJsonException.class, () -> JuryJson.readRecords(single), single);
      assertTrue(!errors(RECORD_SCHEMA, single).isEmpty(), single);
    }
  }

  @Test
  void theSamplesOfTheExamplesAreReadAndValidated() throws IOException {
    Path jurors = Path.of("..", "examples", "jury", "jurors.json");
    Path records = Path.of("..", "examples", "jury", "records-2022.json");
    assertEquals(7, JuryJson.readJurors(jurors).size());
    assertEquals(5, JuryJson.readRecords(records).size());
    assertEquals(List.of(), errors(JURORS_SCHEMA, Files.readString(jurors)));
    assertEquals(List.of(), errors(RECORD_SCHEMA, Files.readString(records)));
  }

  @Test
  void theDocsCopiesAreTheShippedSchemas() throws IOException {
    for (String name : List.of("jurors.schema.json", "jury-record.schema.json")) {
      assertEquals(shipped(name), Files.readString(Path.of("..", "docs", "schemas", name)), name);
    }
  }
}
