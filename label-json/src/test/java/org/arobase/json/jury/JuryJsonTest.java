package org.arobase.json.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.RatedCollectivity;
import org.arobase.core.Violation;
import org.arobase.core.jury.Award;
import org.arobase.core.jury.Conflicts;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.Proposal;
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

  static List<String> problems(JuryJsonException e) {
    return e.violations().stream().map(v -> v.code() + " " + v.pointer()).toList();
  }

  @Test
  void readsAJurorsFile() throws Exception {
    List<Juror> jurors = JuryJson.readJurors(JURORS);
    assertEquals(List.of(
        new Juror("dubois", "Claire Dubois", "Université de Limoges",
            new Conflicts(List.of("19015"), List.of("87"), List.of("Nouvelle-Aquitaine"))),
        new Juror("bernard", "Julien Bernard", "", Conflicts.none())), jurors);
    assertEquals(jurors, JuryJson.readJurors(JuryJson.writeJurors(jurors)));
  }

  @Test
  void unknownFieldsAndDuplicateIdsAreReportedWithPointers() {
    JuryJsonException e = assertThrows(JuryJsonException.class, () -> JuryJson.readJurors("""
        [{"id": "a", "name": "A", "conflicts": {"region": ["Corse"]}},
         {"id": "a", "nom": "B"},
         {"id": " ", "name": 3},
         "c"]
        """));
    assertEquals(List.of("FIELD_UNKNOWN /0/conflicts/region", "FIELD_UNKNOWN /1/nom", "FIELD_MISSING /1/name",
        "JUROR_ID_DUPLICATE /1/id", "TYPE_MISMATCH /2/name", "VALUE_INVALID /2/id", "TYPE_MISMATCH /3"), problems(e));
    assertTrue(e.violations().get(0).message().contains("did you mean « regions »?"), e.getMessage());
    assertTrue(e.violations().get(3).message().contains("already used by juror 0"), e.getMessage());
  }

  @Test
  void malformedJsonGivesItsLineAndColumn() {
    JuryJsonException e = assertThrows(JuryJsonException.class, () -> JuryJson.readJurors("[\n  {\"id\": \"a\",}\n]"));
    Violation v = e.violations().get(0);
    assertEquals(JuryJson.JSON_MALFORMED, v.code());
    assertTrue(v.message().contains("line 2"), v.message());
    assertEquals(JuryJson.JSON_MALFORMED, assertThrows(JuryJsonException.class,
        () -> JuryJson.readJurors("[{\"id\": \"a\", \"id\": \"b\", \"name\": \"A\"}]")).violations().get(0).code());
    assertEquals(JuryJson.JSON_MALFORMED, assertThrows(JuryJsonException.class,
        () -> JuryJson.readJurors("")).violations().get(0).code());
    assertEquals(JuryJson.JSON_MALFORMED, assertThrows(JuryJsonException.class,
        () -> JuryJson.readJurors("[] []")).violations().get(0).code());
    assertEquals(JuryJson.JSON_MALFORMED, assertThrows(JuryJsonException.class,
        () -> JuryJson.readJurors("[".repeat(10_000))).violations().get(0).code());
  }

  @Test
  void recordsRoundTrip() throws Exception {
    assertEquals(List.of(AYEN), JuryJson.readRecords(JuryJson.writeRecord(AYEN)));
    JuryRecord bare = new JuryRecord(2021, new RatedCollectivity("03107", "Ébreuil", Category.VILLAGE),
        Optional.empty(), List.of("a", "b"), Optional.empty(), Award.of(2, ""));
    assertEquals(List.of(AYEN, bare), JuryJson.readRecords(JuryJson.writeRecords(List.of(AYEN, bare))));
  }

  @Test
  void recordProblemsAreReportedAllAtOnce() {
    JuryJsonException e = assertThrows(JuryJsonException.class, () -> JuryJson.readRecords("""
        [{"edition": 2022, "collectivity": {"code": "19015", "name": "Ayen", "category": "HAMEAU"},
          "binome": {"jurors": ["a", "b"]}, "award": {"arobases": "4", "distinctions": ["EXCELLENCE"]}},
         {"format": "arobase/jury-record@2", "edition": 2022.5, "collectivity": {"code": "19015", "name": "Ayen",
          "category": "VILLAGE"}, "binome": {"jurors": ["a", "b"]}, "award": {"arobases": 4, "justifcation": ""}}]
        """));
    assertEquals(List.of("VALUE_INVALID /0/collectivity/category", "TYPE_MISMATCH /0/award/arobases",
        "VALUE_INVALID /0/award/distinctions/0", "VALUE_INVALID /1/format", "TYPE_MISMATCH /1/edition",
        "FIELD_UNKNOWN /1/award/justifcation"), problems(e));
  }

  @Test
  void theSchemasShipAsResourcesAndInTheDocs() throws IOException {
    for (String name : List.of("jurors.schema.json", "jury-record.schema.json")) {
      try (InputStream in = JuryJson.class.getResourceAsStream(name)) {
        assertTrue(in != null, name);
        String resource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Files.readString(Path.of("..", "docs", "schemas", name)), resource, name);
      }
    }
  }

  @Test
  void theSchemasNameTheFieldsTheReaderKnows() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode jurors = mapper.readTree(JuryJson.class.getResourceAsStream("jurors.schema.json"));
    assertEquals(List.of("id", "name", "affiliation", "conflicts"), names(jurors.at("/items/properties")));
    assertEquals(List.of("collectivities", "departements", "regions"),
        names(jurors.at("/items/properties/conflicts/properties")));
    JsonNode record = mapper.readTree(JuryJson.class.getResourceAsStream("jury-record.schema.json"));
    assertEquals(List.of("format", "edition", "collectivity", "engine", "binome", "award"),
        names(record.at("/$defs/record/properties")));
    assertEquals(List.of("arobases", "mentions", "distinctions", "justification"),
        names(record.at("/$defs/record/properties/award/properties")));
    List<String> distinctions = new ArrayList<>();
    record.at("/$defs/distinctions/items/enum").forEach(n -> distinctions.add(n.asText()));
    assertEquals(List.of(Distinction.values()).stream().map(Enum::name).toList(), distinctions);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
