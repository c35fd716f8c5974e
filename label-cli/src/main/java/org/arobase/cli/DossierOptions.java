package org.arobase.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arobase.core.LabelData;
import org.arobase.json.DossierResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that read dossiers: which ones, as which millésime, with which checks. */
final class DossierOptions {

  @Option(names = "--edition", paramLabel = "YEAR",
      description = "Read the dossiers as dossiers of this millésime (default: each dossier's own).")
  Integer edition;

  @Option(names = "--no-geography", negatable = false,
      description = "Skip the checks against the official geography (unknown code, name or population that do not match).")
  boolean noGeography;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Dossier files, files holding an array of dossiers, directories of *.json files, or - for standard input.")
  List<String> paths;

  /** @return the millésime whose rules are worth compiling before the dossiers are read */
  int likelyEdition(LabelData data) {
    return edition == null ? data.newest().year() : edition;
  }

  /** @return the dossiers, each validated (with the geography unless {@code --no-geography}) */
  List<DossierResult> read(InputStream stdin, LabelData data, Locale locale) {
    return DossierReading.read(paths, stdin, Optional.of(DossierReading.validator(!noGeography, data, locale)),
        Optional.ofNullable(edition), data, locale);
  }

  /** @return the dossiers lazily, each validated; entries not read are told to the run */
  java.util.stream.Stream<DossierResult> stream(InputStream stdin, LabelData data, Run run) {
    return DossierReading.stream(paths, stdin, Optional.of(DossierReading.validator(!noGeography, data, run.locale())),
        Optional.ofNullable(edition), data, run.locale(), run::unused);
  }

  /** @return the dossiers lazily, their JSON checked only; entries not read are told to the run */
  java.util.stream.Stream<DossierResult> streamToRate(InputStream stdin, LabelData data, Run run) {
    return DossierReading.stream(paths, stdin, Optional.empty(), Optional.ofNullable(edition), data, run.locale(),
        run::unused);
  }

  /** @return whether the dossiers are checked against the official geography */
  boolean geography() {
    return !noGeography;
  }
}
