package org.arobase.rules.internal;

import java.util.List;
import org.arobase.core.Compliance;

/** The obligations a dossier can declare in its {@link Compliance}, by code. */
final class ObligationFacts {

  /** The obligation codes the parameters may name. */
  static final List<String> KNOWN =
      List.of("OPEN_DATA", "ACTS_ONLINE", "ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT");

  private ObligationFacts() {}

  static boolean declared(Compliance compliance, String code) {
    return switch (code) {
      case "OPEN_DATA" -> compliance.openData();
      case "ACTS_ONLINE" -> compliance.actsOnline();
      case "ACCESSIBILITY_STATEMENT" -> compliance.accessibilityStatement();
      case "ELECTRONIC_PROCUREMENT" -> compliance.electronicProcurement();
      default -> false;
    };
  }
}
