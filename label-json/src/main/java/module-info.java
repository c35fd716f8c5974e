/**
 * JSON format v1 of arobase's dossiers and decisions: the Jackson module, the strict reader, the JSON
 * Schemas, and the GeoJSON and CSV writers.
 *
 * <p>The JSON Schemas ship as resources in {@code org/arobase/json/schema/}; that package is opened so
 * that code outside this module can read them, e.g. {@code LabelJson.class.getResourceAsStream("schema/dossier.schema.json")}.
 */
module org.arobase.json {
  exports org.arobase.json;
  opens org.arobase.json.schema;
  // The reader's messages (messages_fr.properties, messages_en.properties) are read by label-core's
  // message catalogue through this package's classes.
  opens org.arobase.json to org.arobase.core;

  // The public LabelModule is a Jackson SimpleModule, to register on an ObjectMapper: databind is part
  // of the API, and brings jackson-core and jackson-annotations transitively. The API speaks label-core's
  // types (Dossier, Decision, ServiceMatrix...).
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.arobase.core;
}
