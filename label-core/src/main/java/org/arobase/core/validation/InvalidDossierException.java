package org.arobase.core.validation;

/** Thrown when a dossier that is not valid is given where a valid one is required; carries the full report. */
public final class InvalidDossierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** @param report the report with at least one error */
  public InvalidDossierException(ValidationReport report) {
    super("invalid dossier: " + report.errors().size() + " error(s)\n" + report);
    this.report = report;
  }

  /** @return every violation of the dossier */
  public ValidationReport report() {
    return report;
  }
}
