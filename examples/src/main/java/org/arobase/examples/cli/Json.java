package org.arobase.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arobase.core.Axis;
import org.arobase.core.Enjeu;
import org.arobase.core.Service;
import org.arobase.core.ServiceMatrix;

/** JSON outputs of the command line. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String matrix(ServiceMatrix matrix) {
    ObjectNode root = MAPPER.createObjectNode().put("version", matrix.version());
    ArrayNode axes = root.putArray("axes");
    for (Axis axis : matrix.axes()) {
      ObjectNode a = axes.addObject().put("code", axis.code()).put("label", axis.label())
          .put("reconstructed", axis.reconstructed());
      ArrayNode enjeux = a.putArray("enjeux");
      for (Enjeu enjeu : matrix.enjeux(axis)) {
        ObjectNode e = enjeux.addObject().put("code", enjeu.code()).put("label", enjeu.label())
            .put("reconstructed", enjeu.reconstructed());
        ArrayNode services = e.putArray("services");
        for (Service s : matrix.services(enjeu)) {
          ObjectNode n = services.addObject().put("code", s.code()).put("label", s.label())
              .put("reconstructed", s.reconstructed());
          ArrayNode na = n.putArray("notApplicableTo");
          s.notApplicableTo().stream().sorted().forEach(c -> na.add(c.name()));
        }
      }
    }
    return root.toPrettyString();
  }
}
