package org.arobase.cli.palmares;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The field names of a JSON object, in document order, to check the shape of an output. */
final class JsonFields {
  private JsonFields() {}

  static List<String> of(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
