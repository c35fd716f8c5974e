package org.arobase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.LabelData;
import org.arobase.core.geo.Geography;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;

/** Reads the dossiers of the PATH arguments with every check a partner tool expects before filing. */
final class DossierReading {

  private DossierReading() {}

  /**
   * The identity check against the official geography, which starts loading at once in the
   * background while the JSON is read: it is looked up on the first dossier, not now.
   */
  static DossierCheck geographyCheck() {
    Thread preload = new Thread(Geography::official, "geography");
    preload.setDaemon(true);
    preload.start();
    return dossier -> Geography.official().identityCheck().check(dossier);
  }

  /** The validator of the command line: the standard checks, plus the identity against the official geography. */
  static DossierValidator validator(boolean geography, LabelData data) {
    DossierValidator.Builder builder = DossierValidator.builder().data(data);
    if (geography) {
      builder.addCheck(geographyCheck());
    }
    return builder.build();
  }

  /**
   * @param paths the PATH arguments
   * @param stdin standard input, for {@code -}
   * @param validator the checks, or empty to check the JSON only (for dossiers an engine then
   *     validates, once)
   * @param edition the millésime to read the dossiers as, or empty for each dossier's own
   * @return one result per dossier, in argument order
   */
  static List<DossierResult> read(List<String> paths, InputStream stdin, Optional<DossierValidator> validator,
      Optional<Integer> edition, LabelData data) {
    edition.ifPresent(year -> {
      if (data.find(year).isEmpty()) {
        throw new UsageException("unknown millésime " + year + "; known: "
            + data.editions().stream().map(Edition::year).toList());
      }
    });
    LabelJson json = LabelJson.standard();
    List<DossierResult> results = new ArrayList<>();
    for (Inputs.Input input : Inputs.expand(paths)) {
      List<DossierResult> read;
      if (input.isStdin()) {
        try (InputStream in = input.open(stdin)) {
          read = validator.isPresent() ? json.readDossiers("-", in, validator.get()) : json.readDossiers("-", in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        read = validator.isPresent() ? json.readDossiers(input.path(), validator.get()) : json.readDossiers(input.path());
      }
      // Results are labelled with the path as the user wrote it, then #N for array elements.
      String label = input.isStdin() ? "-" : input.path().toString();
      for (DossierResult r : read) {
        String source = r.source().startsWith(label) ? input.name() + r.source().substring(label.length()) : r.source();
        DossierResult relabelled = new DossierResult(source, r.dossier(), r.violations());
        results.add(edition.isPresent() ? asEdition(relabelled, edition.get(), validator) : relabelled);
      }
    }
    return results;
  }

  /** The dossier as a dossier of another millésime, checked again when the reading checked it, keeping its JSON problems. */
  private static DossierResult asEdition(DossierResult result, int year, Optional<DossierValidator> validator) {
    if (result.dossier().isEmpty() || result.dossier().get().edition() == year) {
      return result;
    }
    Dossier original = result.dossier().get();
    Dossier moved = ImmutableDossier.copyOf(original).withEdition(year);
    if (validator.isEmpty()) {
      return new DossierResult(result.source(), Optional.of(moved), result.violations());
    }
    List<Violation> jsonProblems = new ArrayList<>(result.violations());
    jsonProblems.removeAll(validator.get().validate(original).violations());
    jsonProblems.addAll(validator.get().validate(moved).violations());
    return new DossierResult(result.source(), Optional.of(moved), jsonProblems);
  }
}
