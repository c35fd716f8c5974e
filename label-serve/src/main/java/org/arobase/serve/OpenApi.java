package org.arobase.serve;

import org.arobase.json.LabelJson;

/**
 * The OpenAPI 3.1 document of the service ({@code GET /openapi.json}): the template
 * {@code openapi.json} of this package, with the JSON Schemas of label-json (dossier and decision,
 * 2020-12, as published in docs/schemas/) embedded in its components and the limits in force.
 */
final class OpenApi {

  private OpenApi() {}

  static String document(ServeLimits limits) {
    String template = Api.text(OpenApi.class.getResourceAsStream("openapi.json"), "openapi.json");
    return template
        .replace("\"@DOSSIER_SCHEMA@\"", schema("dossier"))
        .replace("\"@DECISION_SCHEMA@\"", schema("decision"))
        .replace("@MAX_BODY_BYTES@", String.valueOf(limits.maxBodyBytes()))
        .replace("@MAX_BODY_MIB@", String.valueOf(limits.maxBodyBytes() / (1024 * 1024)));
  }

  private static String schema(String name) {
    String file = "schema/" + name + ".schema.json";
    return Api.text(LabelJson.class.getResourceAsStream(file), file).strip();
  }
}
