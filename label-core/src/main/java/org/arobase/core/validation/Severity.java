package org.arobase.core.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The dossier is invalid and will not be rated. */
  ERROR,
  /** Information only: the dossier stays valid (for example an initiative the rating will ignore). */
  WARNING
}
