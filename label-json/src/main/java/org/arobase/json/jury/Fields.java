package org.arobase.json.jury;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.arobase.core.Violation;

/** Strict reading of a JSON tree: every problem becomes a violation with its pointer; reading goes on. */
final class Fields {

  static final String FIELD_UNKNOWN = "FIELD_UNKNOWN";
  static final String FIELD_MISSING = "FIELD_MISSING";
  static final String TYPE_MISMATCH = "TYPE_MISMATCH";
  static final String VALUE_INVALID = "VALUE_INVALID";

  final List<Violation> out = new ArrayList<>();

  /** Whether the node is an object; reports it otherwise. */
  boolean object(JsonNode node, String at) {
    if (node != null && node.isObject()) {
      return true;
    }
    out.add(Violation.error(at, TYPE_MISMATCH, "expected an object, found " + kind(node)));
    return false;
  }

  /** Whether the node is an array; reports it otherwise. */
  boolean array(JsonNode node, String at) {
    if (node != null && node.isArray()) {
      return true;
    }
    out.add(Violation.error(at, TYPE_MISMATCH, "expected an array, found " + kind(node)));
    return false;
  }

  /** Reports the fields not in {@code known}, suggesting the closest known one. */
  void onlyKnown(JsonNode object, String at, Set<String> known) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        String closest = closest(name, known);
        out.add(Violation.error(at + Violation.pointerOf(name), FIELD_UNKNOWN,
            "unknown field « " + name + " »" + (closest == null ? "" : "; did you mean « " + closest + " »?")
                + " Known: " + known));
      }
    }
  }

  Optional<String> text(JsonNode object, String at, String field, boolean required) {
    JsonNode node = present(object, at, field, required);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      out.add(Violation.error(at + Violation.pointerOf(field), TYPE_MISMATCH, "expected a string, found " + kind(node)));
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  Optional<Integer> integer(JsonNode object, String at, String field, boolean required) {
    JsonNode node = present(object, at, field, required);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      out.add(Violation.error(at + Violation.pointerOf(field), TYPE_MISMATCH,
          "expected a whole number, found " + kind(node)));
      return Optional.empty();
    }
    return Optional.of(node.intValue());
  }

  /** A list of strings; absent is empty. */
  List<String> texts(JsonNode object, String at, String field) {
    return list(object, at, field, (text, pointer) -> Optional.of(text));
  }

  /** A list of enum constants by name; absent is empty. */
  <E extends Enum<E>> List<E> names(JsonNode object, String at, String field, Class<E> type) {
    return list(object, at, field, (text, pointer) -> {
      try {
        return Optional.of(Enum.valueOf(type, text));
      } catch (IllegalArgumentException e) {
        out.add(Violation.error(pointer, VALUE_INVALID, "« " + text + " » is not one of "
            + List.of(type.getEnumConstants())));
        return Optional.empty();
      }
    });
  }

  /** A list of strings, each turned into a value (or reported) by {@code item}; absent is empty. */
  private <T> List<T> list(JsonNode object, String at, String field, BiFunction<String, String, Optional<T>> item) {
    JsonNode node = present(object, at, field, false);
    List<T> values = new ArrayList<>();
    if (node == null || !array(node, at + Violation.pointerOf(field))) {
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String pointer = at + Violation.pointerOf(field, i);
      if (element.isTextual()) {
        item.apply(element.textValue(), pointer).ifPresent(values::add);
      } else {
        out.add(Violation.error(pointer, TYPE_MISMATCH, "expected a string, found " + kind(element)));
      }
    }
    return values;
  }

  /** The field's node, or {@code null} when absent (reported when required) or JSON null. */
  JsonNode present(JsonNode object, String at, String field, boolean required) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        out.add(Violation.error(at + Violation.pointerOf(field), FIELD_MISSING, "the field « " + field + " » is required"));
      }
      return null;
    }
    return node;
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "the number " + node;
      case BOOLEAN -> node.asText();
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The known name at the smallest edit distance, if it is close enough to be a typo. */
  static String closest(String name, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
