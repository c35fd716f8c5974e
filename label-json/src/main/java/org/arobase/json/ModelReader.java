package org.arobase.json;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Location;
import org.arobase.core.Mention;
import org.arobase.core.Operator;
import org.arobase.core.PastLabel;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.NextLevel;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.decision.Reason;
import org.arobase.core.eligibility.IneligibilityReason;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.Violation;
import org.arobase.json.Cursor.Fields;

/**
 * Turns JSON format v1 into core values through a {@link Cursor}. Each method starts on the
 * value's first token and returns {@code null} when the value has a problem (recorded by the
 * cursor), so that the caller goes on and every problem is found.
 */
final class ModelReader {

  static final String DOSSIER_FORMAT = "arobase/dossier@1";

  // Field lists in the order they are written; '!' marks a required field; the first argument names
  // the object in the messages (the key object.<name>).
  static final Fields DOSSIER = new Fields("dossier",
      "format", "edition!", "collectivity!", "submittedOn", "history", "obligations", "compliance", "initiatives!");
  static final Fields COLLECTIVITY = new Fields("collectivity",
      "code!", "name!", "kind!", "population!", "agents", "departement", "region", "category");
  static final Fields PAST_LABEL = new Fields("pastLabel", "edition!", "arobases!", "distinctions");
  /** The first format's declaration of obligations, still read; {@code obligations} is written instead. */
  static final Fields COMPLIANCE = new Fields("compliance",
      "openData", "accessibilityStatement", "electronicProcurement", "actsOnline");
  static final Fields INITIATIVE = new Fields("initiative",
      "id!", "title!", "summary", "services!", "startedOn!", "endedOn", "operator!", "location", "links", "tags");
  static final Fields LOCATION = new Fields("location", "lat!", "lon!");

  static final Fields DECISION = new Fields("decision",
      "format!", "edition!", "collectivity!", "arobases!", "mentions!", "distinctions!", "mosaic!",
      "initiatives!", "reasons!", "next", "provenance!");
  static final Fields RATED = new Fields("rated", "code!", "name!", "category!");
  static final Fields MENTION = new Fields("mention", "code!", "label!");
  static final Fields MOSAIC = new Fields("mosaic", "score!", "axes!", "enjeux!");
  static final Fields AXIS_SCORE = new Fields("axisScore", "code!", "label!", "score!", "coveredEnjeux!");
  static final Fields ENJEU_SCORE = new Fields("enjeuScore",
      "code!", "label!", "axis!", "score!", "coveredServices!", "totalServices!", "initiatives!");
  static final Fields INITIATIVES = new Fields("decisionInitiatives", "eligible!", "ignored!");
  static final Fields IGNORED = new Fields("ignored", "id!", "reason!", "message!");
  static final Fields REASON = new Fields("reason", "rule!", "outcome!", "actual", "expected", "message!", "measures");
  static final Fields MEASURE = new Fields("measure", "name!", "unit!", "actual", "comparison!", "expected!");
  static final Fields NEXT = new Fields("next", "arobases!", "missing!", "uncoveredEnjeux!");
  static final Fields PROVENANCE = new Fields("provenance",
      "matrixVersion!", "ruleSetId!", "ruleSetHash!", "parametersVersion!", "libraryVersion!", "formatVersion!");
  static final Fields VIOLATION = new Fields("violation", "pointer!", "code!", "severity!", "message!");

  /** The longest obligation code the format accepts. */
  static final int MAX_OBLIGATION_LENGTH = 64;
  /** An obligation code: upper-case letters, digits and underscores, starting with a letter. */
  private static final Pattern OBLIGATION_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Cursor c;
  private final JsonLimits limits;

  ModelReader(Cursor cursor, JsonLimits limits) {
    this.c = cursor;
    this.limits = limits;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return value == null ? List.of() : (List<T>) value;
  }

  private void format(String expected) {
    String format = c.string();
    if (format != null && !format.equals(expected)) {
      c.problem(JsonCodes.JSON_FORMAT_UNSUPPORTED,
          c.messages().get("format.unsupported", c.quote(format), expected));
    }
  }

  Dossier dossier() {
    Object[] v = c.object(DOSSIER, name -> switch (name) {
      case "format" -> {
        format(DOSSIER_FORMAT);
        yield null;
      }
      case "edition" -> c.integer();
      case "collectivity" -> collectivity();
      case "submittedOn" -> c.date();
      case "history" -> c.array(this::pastLabel);
      case "obligations" -> obligations();
      case "compliance" -> compliance();
      default -> initiatives();
    });
    if (v == null) {
      return null;
    }
    return Dossier.builder()
        .edition((Integer) v[1])
        .collectivity((Collectivity) v[2])
        .submittedOn(Optional.ofNullable((LocalDate) v[3]))
        .history(ModelReader.<PastLabel>list(v[4]))
        .compliance(declared(ModelReader.<String>list(v[5]), (Compliance) v[6]))
        .initiatives(ModelReader.<Initiative>list(v[7]))
        .build();
  }

  /**
   * The union of both declarations (docs/FORMAT.md): the codes of {@code obligations} in their order,
   * then those of the {@code true} booleans of {@code compliance} not already listed, in the order of
   * {@link Compliance#ofFlags}. A {@code false} declares nothing: it withdraws no code of the array.
   */
  private static Compliance declared(List<String> obligations, Compliance flags) {
    if (flags == null || flags.obligations().isEmpty()) {
      return obligations.isEmpty() ? Compliance.none() : Compliance.builder().addAllObligations(obligations).build();
    }
    Set<String> codes = new LinkedHashSet<>(obligations);
    codes.addAll(flags.obligations());
    return Compliance.builder().addAllObligations(codes).build();
  }

  /**
   * Reads the obligations declared by code: every element that is not a well-formed code is told, and
   * so is every code listed again, at its second place, with the first.
   */
  private List<String> obligations() {
    if (c.token() != JsonToken.START_ARRAY) {
      return c.wrongType("type.obligations");
    }
    int before = c.problemCount();
    List<String> out = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    int i = 0;
    while (c.nextInside() != JsonToken.END_ARRAY) {
      c.push(i);
      String code = obligation();
      if (code != null) {
        Integer seen = first.putIfAbsent(code, i);
        if (seen == null) {
          out.add(code);
        } else {
          c.problem(JsonCodes.JSON_OBLIGATION_DUPLICATE, c.messages().get("obligation.duplicate", code, seen, i));
        }
      }
      c.pop();
      i++;
    }
    return c.problemCount() == before ? out : null;
  }

  /** @return the obligation code at the current value, or {@code null} after telling why it is not one */
  private String obligation() {
    String code = c.string();
    if (code == null) {
      return null;
    }
    if (code.isEmpty()) {
      c.problem(JsonCodes.JSON_OBLIGATION_MALFORMED, c.messages().get("obligation.empty"));
      return null;
    }
    if (!OBLIGATION_CODE.matcher(code).matches()) {
      String upper = code.strip().toUpperCase(Locale.ROOT);
      boolean suggest = !upper.equals(code) && upper.length() <= MAX_OBLIGATION_LENGTH
          && OBLIGATION_CODE.matcher(upper).matches();
      c.problem(JsonCodes.JSON_OBLIGATION_MALFORMED, suggest
          ? c.messages().get("obligation.malformedSuggest", c.quote(code), upper)
          : c.messages().get("obligation.malformed", c.quote(code)));
      return null;
    }
    if (code.length() > MAX_OBLIGATION_LENGTH) {
      c.problem(JsonCodes.JSON_OBLIGATION_MALFORMED,
          c.messages().get("obligation.tooLong", c.quote(code), code.length(), MAX_OBLIGATION_LENGTH));
      return null;
    }
    return code;
  }

  private Collectivity collectivity() {
    Object[] v = c.object(COLLECTIVITY, name -> switch (name) {
      case "code", "name", "departement", "region" -> c.string();
      case "kind" -> c.enumValue(CollectivityKind.class, "enum.kind");
      case "population" -> c.integer();
      case "agents" -> c.number();
      default -> c.enumValue(Category.class, "enum.category");
    });
    if (v == null) {
      return null;
    }
    var b = Collectivity.builder()
        .code((String) v[0]).name((String) v[1]).kind((CollectivityKind) v[2]).population((Integer) v[3])
        .departement(Optional.ofNullable((String) v[5]))
        .region(Optional.ofNullable((String) v[6]))
        .category(Optional.ofNullable((Category) v[7]));
    if (v[4] != null) {
      b.agents((Double) v[4]);
    }
    return b.build();
  }

  private PastLabel pastLabel() {
    Object[] v = c.object(PAST_LABEL, name -> switch (name) {
      case "edition", "arobases" -> c.integer();
      default -> c.array(() -> c.enumValue(Distinction.class, "enum.distinction"));
    });
    return v == null ? null : PastLabel.builder()
        .edition((Integer) v[0]).arobases((Integer) v[1]).distinctions(ModelReader.<Distinction>list(v[2])).build();
  }

  private Compliance compliance() {
    Object[] v = c.object(COMPLIANCE, name -> c.bool());
    if (v == null) {
      return null;
    }
    return Compliance.ofFlags(Boolean.TRUE.equals(v[0]), Boolean.TRUE.equals(v[1]), Boolean.TRUE.equals(v[2]),
        Boolean.TRUE.equals(v[3]));
  }

  /** Reads the initiatives up to the limit, then skips the rest without keeping it. */
  private List<Initiative> initiatives() {
    if (c.token() != JsonToken.START_ARRAY) {
      return c.wrongType("type.initiatives");
    }
    List<Initiative> out = new ArrayList<>();
    boolean complete = true;
    int i = 0;
    while (c.nextInside() != JsonToken.END_ARRAY) {
      c.push(i);
      if (i == limits.maxInitiatives()) {
        c.problem(JsonCodes.JSON_LIMIT_INITIATIVES, c.messages().get("limit.initiatives", limits.maxInitiatives()));
        complete = false;
      }
      if (i >= limits.maxInitiatives()) {
        c.skipValue();
      } else {
        Initiative initiative = initiative();
        if (initiative != null) {
          out.add(initiative);
        }
      }
      c.pop();
      i++;
    }
    return complete ? out : null;
  }

  private Initiative initiative() {
    Object[] v = c.object(INITIATIVE, name -> switch (name) {
      case "id", "title", "summary" -> c.string();
      case "services", "links", "tags" -> c.strings();
      case "startedOn", "endedOn" -> c.date();
      case "operator" -> c.enumValue(Operator.class, "enum.operator");
      default -> location();
    });
    return v == null ? null : Initiative.builder()
        .id((String) v[0]).title((String) v[1]).summary(Optional.ofNullable((String) v[2]))
        .services(ModelReader.<String>list(v[3]))
        .startedOn((LocalDate) v[4]).endedOn(Optional.ofNullable((LocalDate) v[5]))
        .operator((Operator) v[6]).location(Optional.ofNullable((Location) v[7]))
        .links(ModelReader.<String>list(v[8])).tags(ModelReader.<String>list(v[9]))
        .build();
  }

  private Location location() {
    Object[] v = c.object(LOCATION, name -> c.number());
    return v == null ? null : new Location((Double) v[0], (Double) v[1]);
  }

  Decision decision() {
    Object[] v = c.object(DECISION, name -> switch (name) {
      case "format" -> {
        format(Decision.FORMAT);
        yield null;
      }
      case "edition", "arobases" -> c.integer();
      case "collectivity" -> rated();
      case "mentions" -> c.array(this::mention);
      case "distinctions" -> c.array(() -> c.enumValue(Distinction.class, "enum.distinction"));
      case "mosaic" -> mosaic();
      case "initiatives" -> c.object(INITIATIVES, n -> n.equals("eligible") ? c.strings() : c.array(this::ignored));
      case "reasons" -> c.array(this::reason);
      case "next" -> next();
      default -> provenance();
    });
    if (v == null) {
      return null;
    }
    Object[] initiatives = (Object[]) v[7];
    return Decision.builder()
        .edition((Integer) v[1])
        .collectivity((RatedCollectivity) v[2])
        .arobases((Integer) v[3])
        .mentions(ModelReader.<Mention>list(v[4]))
        .distinctions(ModelReader.<Distinction>list(v[5]))
        .mosaic((Mosaic) v[6])
        .eligibleInitiatives(ModelReader.<String>list(initiatives[0]))
        .ignoredInitiatives(ModelReader.<IgnoredInitiative>list(initiatives[1]))
        .reasons(ModelReader.<Reason>list(v[8]))
        .next(Optional.ofNullable((NextLevel) v[9]))
        .provenance((Provenance) v[10])
        .build();
  }

  private RatedCollectivity rated() {
    Object[] v = c.object(RATED, name -> name.equals("category") ? c.enumValue(Category.class, "enum.category") : c.string());
    return v == null ? null : new RatedCollectivity((String) v[0], (String) v[1], (Category) v[2]);
  }

  private Mention mention() {
    Object[] v = c.object(MENTION, name -> c.string());
    return v == null ? null : new Mention((String) v[0], (String) v[1]);
  }

  private Mosaic mosaic() {
    Object[] v = c.object(MOSAIC, name -> switch (name) {
      case "score" -> c.number();
      case "axes" -> c.array(this::axisScore);
      default -> c.array(this::enjeuScore);
    });
    return v == null ? null : new Mosaic((Double) v[0], list(v[1]), list(v[2]));
  }

  private AxisScore axisScore() {
    Object[] v = c.object(AXIS_SCORE, name -> switch (name) {
      case "code", "label" -> c.string();
      case "score" -> c.number();
      default -> c.integer();
    });
    return v == null ? null : new AxisScore((String) v[0], (String) v[1], (Double) v[2], (Integer) v[3]);
  }

  private EnjeuScore enjeuScore() {
    Object[] v = c.object(ENJEU_SCORE, name -> switch (name) {
      case "code", "label", "axis" -> c.string();
      case "score" -> c.number();
      default -> c.integer();
    });
    return v == null ? null : new EnjeuScore((String) v[0], (String) v[1], (String) v[2], (Double) v[3],
        (Integer) v[4], (Integer) v[5], (Integer) v[6]);
  }

  private IgnoredInitiative ignored() {
    Object[] v = c.object(IGNORED, name -> name.equals("reason")
        ? c.enumValue(IneligibilityReason.class, "enum.ineligibility") : c.string());
    return v == null ? null : new IgnoredInitiative((String) v[0], (IneligibilityReason) v[1], (String) v[2]);
  }

  private Reason reason() {
    Object[] v = c.object(REASON, name -> switch (name) {
      case "outcome" -> c.enumValue(Outcome.class, "enum.outcome");
      case "measures" -> c.array(this::measure);
      default -> c.string();
    });
    return v == null ? null : new Reason((String) v[0], (Outcome) v[1],
        v[2] == null ? "" : (String) v[2], v[3] == null ? "" : (String) v[3], (String) v[4],
        v[5] == null ? List.of() : list(v[5]));
  }

  private Measure measure() {
    Object[] v = c.object(MEASURE, name -> switch (name) {
      case "unit" -> c.enumValue(Measure.Unit.class, "enum.unit");
      case "comparison" -> c.enumValue(Measure.Comparison.class, "enum.comparison");
      case "actual", "expected" -> measured();
      default -> c.string();
    });
    if (v == null) {
      return null;
    }
    Measure.Unit unit = (Measure.Unit) v[1];
    return new Measure((String) v[0], unit, as(unit, v[2]), (Measure.Comparison) v[3], as(unit, v[4]));
  }

  /** A value of a measure: a number, true or false, a string or an array of strings. */
  private Object measured() {
    return switch (c.token()) {
      case VALUE_NUMBER_INT -> {
        Double n = c.number();
        yield n == null ? null : (Object) n.longValue();
      }
      case VALUE_NUMBER_FLOAT -> c.number();
      case VALUE_TRUE, VALUE_FALSE -> c.bool();
      case START_ARRAY -> c.strings();
      default -> c.string();
    };
  }

  /** A number as its unit reads it: 1 is the fraction 1.0, 3.0 the count 3. */
  private static Object as(Measure.Unit unit, Object value) {
    if (value instanceof Number n) {
      return switch (unit) {
        case FRACTION, NUMBER -> n.doubleValue();
        case COUNT -> n.longValue();
        default -> value;
      };
    }
    return value;
  }

  private NextLevel next() {
    Object[] v = c.object(NEXT, name -> switch (name) {
      case "arobases" -> c.integer();
      case "missing" -> c.array(this::reason);
      default -> c.strings();
    });
    return v == null ? null : new NextLevel((Integer) v[0], list(v[1]), list(v[2]));
  }

  private Provenance provenance() {
    Object[] v = c.object(PROVENANCE, name -> c.string());
    return v == null ? null : new Provenance((String) v[0], (String) v[1], (String) v[2], (String) v[3],
        (String) v[4], (String) v[5]);
  }

  List<Violation> violations() {
    return c.array(this::violation);
  }

  Violation violation() {
    Object[] v = c.object(VIOLATION, name -> name.equals("severity") ? c.enumValue(Severity.class, "enum.severity") : c.string());
    return v == null ? null : new Violation((String) v[0], (String) v[1], (Severity) v[2], (String) v[3]);
  }
}
