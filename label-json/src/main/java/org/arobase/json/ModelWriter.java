package org.arobase.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.arobase.core.Collectivity;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Mention;
import org.arobase.core.PastLabel;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Reason;
import org.arobase.core.matrix.Axis;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.Violation;

/**
 * Writes core values in JSON format v1; empty optionals are left out. A dossier's obligations are
 * always written, as {@code "obligations": [codes]} ({@code []} when none is declared).
 */
final class ModelWriter {

  // The names and the enumerated values of the reasons, written thousands of times in a decision,
  // go out as bytes encoded once rather than as strings escaped and encoded each time.
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString OUTCOME = new SerializedString("outcome");
  private static final SerializableString ACTUAL = new SerializedString("actual");
  private static final SerializableString EXPECTED = new SerializedString("expected");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString MEASURES = new SerializedString("measures");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString COMPARISON = new SerializedString("comparison");
  private static final SerializableString[] OUTCOMES = encoded(Outcome.values());
  private static final SerializableString[] UNITS = encoded(Measure.Unit.values());
  private static final SerializableString[] COMPARISONS = encoded(Measure.Comparison.values());

  private ModelWriter() {}

  /**
   * @param date a date
   * @return its form {@code YYYY-MM-DD}
   * @throws IllegalArgumentException for a year outside 0000 to 9999, which the format (and its schema)
   *     cannot hold: the reader refuses such a date, so no dossier read holds one
   */
  static String date(LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException("the date " + date + " cannot be written in format v1: its year is not"
          + " one of four digits (0000 to 9999)");
    }
    return date.toString();
  }

  static void dossier(JsonGenerator g, Dossier d) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ModelReader.DOSSIER_FORMAT);
    g.writeNumberField("edition", d.edition());
    g.writeFieldName("collectivity");
    collectivity(g, d.collectivity());
    if (d.submittedOn().isPresent()) {
      g.writeStringField("submittedOn", date(d.submittedOn().get()));
    }
    if (!d.history().isEmpty()) {
      g.writeArrayFieldStart("history");
      for (PastLabel label : d.history()) {
        g.writeStartObject();
        g.writeNumberField("edition", label.edition());
        g.writeNumberField("arobases", label.arobases());
        if (!label.distinctions().isEmpty()) {
          g.writeArrayFieldStart("distinctions");
          for (Distinction distinction : label.distinctions()) {
            g.writeString(distinction.name());
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    // The canonical form: the codes, in the order declared, even when there is none; never the
    // first format's compliance object, which the reader still reads.
    g.writeArrayFieldStart("obligations");
    for (String code : d.compliance().obligations()) {
      g.writeString(code);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("initiatives");
    for (Initiative initiative : d.initiatives()) {
      initiative(g, initiative);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void collectivity(JsonGenerator g, Collectivity c) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", c.code());
    g.writeStringField("name", c.name());
    g.writeStringField("kind", c.kind().name());
    g.writeNumberField("population", c.population());
    if (c.agents().isPresent()) {
      g.writeNumberField("agents", c.agents().getAsDouble());
    }
    if (c.departement().isPresent()) {
      g.writeStringField("departement", c.departement().get());
    }
    if (c.region().isPresent()) {
      g.writeStringField("region", c.region().get());
    }
    if (c.category().isPresent()) {
      g.writeStringField("category", c.category().get().name());
    }
    g.writeEndObject();
  }

  private static void initiative(JsonGenerator g, Initiative i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("title", i.title());
    if (i.summary().isPresent()) {
      g.writeStringField("summary", i.summary().get());
    }
    strings(g, "services", i.services());
    g.writeStringField("startedOn", date(i.startedOn()));
    if (i.endedOn().isPresent()) {
      g.writeStringField("endedOn", date(i.endedOn().get()));
    }
    g.writeStringField("operator", i.operator().name());
    if (i.location().isPresent()) {
      g.writeObjectFieldStart("location");
      g.writeNumberField("lat", i.location().get().lat());
      g.writeNumberField("lon", i.location().get().lon());
      g.writeEndObject();
    }
    if (!i.links().isEmpty()) {
      strings(g, "links", i.links());
    }
    if (!i.tags().isEmpty()) {
      strings(g, "tags", i.tags());
    }
    g.writeEndObject();
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  static void decision(JsonGenerator g, Decision d) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Decision.FORMAT);
    g.writeNumberField("edition", d.edition());
    g.writeObjectFieldStart("collectivity");
    g.writeStringField("code", d.collectivity().code());
    g.writeStringField("name", d.collectivity().name());
    g.writeStringField("category", d.collectivity().category().name());
    g.writeEndObject();
    g.writeNumberField("arobases", d.arobases());
    g.writeArrayFieldStart("mentions");
    for (Mention m : d.mentions()) {
      g.writeStartObject();
      g.writeStringField("code", m.code());
      g.writeStringField("label", m.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("distinctions");
    for (Distinction distinction : d.distinctions()) {
      g.writeString(distinction.name());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("mosaic");
    g.writeNumberField("score", d.mosaic().score());
    g.writeArrayFieldStart("axes");
    for (AxisScore a : d.mosaic().axes()) {
      g.writeStartObject();
      g.writeStringField("code", a.code());
      g.writeStringField("label", a.label());
      g.writeNumberField("score", a.score());
      g.writeNumberField("coveredEnjeux", a.coveredEnjeux());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("enjeux");
    for (EnjeuScore e : d.mosaic().enjeux()) {
      g.writeStartObject();
      g.writeStringField("code", e.code());
      g.writeStringField("label", e.label());
      g.writeStringField("axis", e.axis());
      g.writeNumberField("score", e.score());
      g.writeNumberField("coveredServices", e.coveredServices());
      g.writeNumberField("totalServices", e.totalServices());
      g.writeNumberField("initiatives", e.initiatives());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("initiatives");
    strings(g, "eligible", d.eligibleInitiatives());
    g.writeArrayFieldStart("ignored");
    for (IgnoredInitiative i : d.ignoredInitiatives()) {
      g.writeStartObject();
      g.writeStringField("id", i.id());
      g.writeStringField("reason", i.reason().name());
      g.writeStringField("message", i.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    reasons(g, "reasons", d.reasons());
    if (d.next().isPresent()) {
      g.writeObjectFieldStart("next");
      g.writeNumberField("arobases", d.next().get().arobases());
      reasons(g, "missing", d.next().get().missing());
      strings(g, "uncoveredEnjeux", d.next().get().uncoveredEnjeux());
      g.writeEndObject();
    }
    Provenance p = d.provenance();
    g.writeObjectFieldStart("provenance");
    g.writeStringField("matrixVersion", p.matrixVersion());
    g.writeStringField("ruleSetId", p.ruleSetId());
    g.writeStringField("ruleSetHash", p.ruleSetHash());
    g.writeStringField("parametersVersion", p.parametersVersion());
    g.writeStringField("libraryVersion", p.libraryVersion());
    g.writeStringField("formatVersion", p.formatVersion());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void reasons(JsonGenerator g, String field, List<Reason> reasons) throws IOException {
    g.writeArrayFieldStart(field);
    // The message that the reason before had, encoded once it repeats: the reasons of the initiatives
    // that count follow one another, with one message, most of a decision's text.
    String previous = null;
    SerializableString repeated = null;
    for (Reason r : reasons) {
      g.writeStartObject();
      field(g, RULE, r.rule());
      g.writeFieldName(OUTCOME);
      g.writeString(OUTCOMES[r.outcome().ordinal()]);
      field(g, ACTUAL, r.actual());
      field(g, EXPECTED, r.expected());
      g.writeFieldName(MESSAGE);
      if (!r.message().equals(previous)) {
        previous = r.message();
        repeated = null;
        g.writeString(previous);
      } else {
        if (repeated == null) {
          repeated = new SerializedString(previous);
        }
        g.writeString(repeated);
      }
      if (!r.measures().isEmpty()) {
        g.writeFieldName(MEASURES);
        g.writeStartArray();
        for (Measure m : r.measures()) {
          measure(g, m);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void measure(JsonGenerator g, Measure m) throws IOException {
    g.writeStartObject();
    field(g, NAME, m.name());
    g.writeFieldName(UNIT);
    g.writeString(UNITS[m.unit().ordinal()]);
    g.writeFieldName(ACTUAL);
    measured(g, m.actual());
    g.writeFieldName(COMPARISON);
    g.writeString(COMPARISONS[m.comparison().ordinal()]);
    g.writeFieldName(EXPECTED);
    measured(g, m.expected());
    g.writeEndObject();
  }

  /** A name and its string value: the name is encoded once, a decision has thousands of them. */
  private static void field(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static SerializableString[] encoded(Enum<?>[] constants) {
    SerializableString[] encoded = new SerializableString[constants.length];
    for (Enum<?> constant : constants) {
      encoded[constant.ordinal()] = new SerializedString(constant.name());
    }
    return encoded;
  }

  /** A value of a measure as JSON: counts as integers, fractions as numbers, codes as strings. */
  private static void measured(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Long || value instanceof Integer) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        g.writeString(String.valueOf(o));
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  static void violation(JsonGenerator g, Violation v) throws IOException {
    g.writeStartObject();
    g.writeStringField("pointer", v.pointer());
    g.writeStringField("code", v.code());
    g.writeStringField("severity", v.severity().name());
    g.writeStringField("message", v.message());
    g.writeEndObject();
  }

  static void violations(JsonGenerator g, List<Violation> violations) throws IOException {
    g.writeStartArray();
    for (Violation v : violations) {
      violation(g, v);
    }
    g.writeEndArray();
  }

  static void matrix(JsonGenerator g, ServiceMatrix matrix) throws IOException {
    g.writeStartObject();
    g.writeStringField("version", matrix.version());
    g.writeArrayFieldStart("axes");
    for (Axis axis : matrix.axes()) {
      g.writeStartObject();
      g.writeStringField("code", axis.code());
      g.writeStringField("label", axis.label());
      g.writeBooleanField("reconstructed", axis.reconstructed());
      g.writeArrayFieldStart("enjeux");
      for (Enjeu enjeu : matrix.enjeux(axis)) {
        g.writeStartObject();
        g.writeStringField("code", enjeu.code());
        g.writeStringField("label", enjeu.label());
        g.writeBooleanField("reconstructed", enjeu.reconstructed());
        g.writeArrayFieldStart("services");
        for (Service s : matrix.services(enjeu)) {
          g.writeStartObject();
          g.writeStringField("code", s.code());
          g.writeStringField("label", s.label());
          g.writeBooleanField("reconstructed", s.reconstructed());
          strings(g, "notApplicableTo", s.notApplicableTo().stream().sorted().map(Enum::name).toList());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void validation(JsonGenerator g, Iterable<DossierResult> results) throws IOException {
    g.writeStartArray();
    for (DossierResult r : results) {
      g.writeStartObject();
      g.writeStringField("source", r.source());
      g.writeFieldName("violations");
      violations(g, r.violations());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void ratings(JsonGenerator g, Iterable<RatingResult> results) throws IOException {
    g.writeStartArray();
    for (RatingResult r : results) {
      g.writeStartObject();
      g.writeStringField("source", r.source());
      if (r.decision().isPresent()) {
        g.writeFieldName("decision");
        decision(g, r.decision().get());
      } else {
        g.writeFieldName("violations");
        violations(g, r.violations());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
