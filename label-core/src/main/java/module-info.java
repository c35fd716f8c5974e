/**
 * arobase's core: the service matrix of each millésime, the dossier and decision types, their
 * validation, the official geography, the palmarès, key figures and jury.
 *
 * <p>The resources ({@code org/arobase/data/*.tsv}, {@code org/arobase/data/matrix/*.tsv}, {@code org/arobase/core/geo/*.tsv}) are
 * read by this module's own classes only, so their packages need not be opened. The package
 * {@code org.arobase.core.internal} is no API: it is exported to arobase's other modules only.
 */
module org.arobase.core {
  exports org.arobase.core;
  exports org.arobase.core.decision;
  exports org.arobase.core.eligibility;
  exports org.arobase.core.geo;
  exports org.arobase.core.jury;
  exports org.arobase.core.matrix;
  exports org.arobase.core.palmares;
  exports org.arobase.core.validation;
  // The shared French formatting, names and TSV reading, for arobase's other modules (their
  // Automatic-Module-Names, and label-json's module name); javac does not see them when compiling
  // this module, hence -Xlint:-module in label-core/pom.xml.
  exports org.arobase.core.internal to org.arobase.rules, org.arobase.json, org.arobase.report, org.arobase.cli, org.arobase.testing;

  // Immutables (the Automatic-Module-Name of value.jar): compile time only. Static, as nothing of it is
  // needed at run time; transitive, as the annotations stay in the class files of the exported value
  // types (@Value.Immutable, @Generated), which javac reads when compiling against this module.
  requires static transitive org.immutables.value;
  // Geography logs how long the official geography took to load.
  requires org.slf4j;
}
