package org.arobase.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
  static DossierCheck geographyCheck(Locale locale) {
    // Once per process: the geography is one, however many commands' readers ask for it.
    if (PRELOADING.compareAndSet(false, true)) {
      Thread preload = new Thread(Geography::official, "geography");
      preload.setDaemon(true);
      preload.start();
    }
    return dossier -> Geography.official().identityCheck(locale).check(dossier);
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The validator of the command line: the standard checks, plus the identity against the official geography. */
  static DossierValidator validator(boolean geography, LabelData data, Locale locale) {
    DossierValidator.Builder builder = DossierValidator.builder().data(data).locale(locale);
    if (geography) {
      builder.addCheck(geographyCheck(locale));
    }
    return builder.build();
  }

  /**
   * Reads every dossier at once, for the commands that need them all; a directory entry that
   * cannot be read is a usage error.
   *
   * @param paths the PATH arguments
   * @param stdin standard input, for {@code -}
   * @param validator the checks, or empty to check the JSON only (for dossiers an engine then
   *     validates, once)
   * @param edition the millésime to read the dossiers as, or empty for each dossier's own
   * @param locale the language of the reader's messages
   * @return one result per dossier, in argument order
   */
  static List<DossierResult> read(List<String> paths, InputStream stdin, Optional<DossierValidator> validator,
      Optional<Integer> edition, LabelData data, Locale locale) {
    return read(paths, stdin, validator, edition, data, locale, problem -> {
      throw new UsageException(problem);
    });
  }

  /**
   * Reads every dossier at once, for the commands that need them all.
   *
   * @param skipped told of each directory entry that is not read
   * @return one result per dossier, in argument order
   */
  static List<DossierResult> read(List<String> paths, InputStream stdin, Optional<DossierValidator> validator,
      Optional<Integer> edition, LabelData data, Locale locale, Consumer<String> skipped) {
    try (Stream<DossierResult> all = stream(paths, stdin, validator, edition, data, locale, skipped)) {
      return all.toList();
    }
  }

  /**
   * Reads the dossiers lazily, one at a time, file after file: a batch of any size is never in
   * memory. The paths are checked at once; the files are opened one after the other as the
   * stream is consumed. Close the stream.
   *
   * @param paths the PATH arguments
   * @param stdin standard input, for {@code -}
   * @param validator the checks, or empty to check the JSON only
   * @param edition the millésime to read the dossiers as, or empty for each dossier's own
   * @param locale the language of the reader's messages
   * @param skipped told of each directory entry that is not read
   * @return one result per dossier, in argument order
   * @throws UsageException for an unknown millésime or a path that cannot be used
   */
  static Stream<DossierResult> stream(List<String> paths, InputStream stdin, Optional<DossierValidator> validator,
      Optional<Integer> edition, LabelData data, Locale locale, Consumer<String> skipped) {
    edition.ifPresent(year -> {
      if (data.find(year).isEmpty()) {
        throw new UsageException("unknown millésime " + year + "; known: "
            + data.editions().stream().map(Edition::year).toList());
      }
    });
    List<Inputs.Input> inputs = Inputs.expand(paths, skipped);
    Batch batch = new Batch(inputs, stdin, validator, edition, LabelJson.standard().withLocale(locale));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batch, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(batch::close);
  }

  /** The dossiers of the inputs, one input open at a time (a stream's flatMap would buffer a whole file). */
  private static final class Batch implements Iterator<DossierResult> {
    private final Iterator<Inputs.Input> inputs;
    private final InputStream stdin;
    private final Optional<DossierValidator> validator;
    private final Optional<Integer> edition;
    private final LabelJson json;
    private Inputs.Input input;
    private Stream<DossierResult> current;
    private Iterator<DossierResult> results = java.util.Collections.emptyIterator();

    Batch(List<Inputs.Input> inputs, InputStream stdin, Optional<DossierValidator> validator, Optional<Integer> edition,
        LabelJson json) {
      this.inputs = inputs.iterator();
      this.json = json;
      this.stdin = stdin;
      this.validator = validator;
      this.edition = edition;
    }

    @Override
    public boolean hasNext() {
      while (!results.hasNext()) {
        close();
        if (!inputs.hasNext()) {
          return false;
        }
        input = inputs.next();
        if (input.isStdin()) {
          // Standard input is not closed: the reader leaves it open.
          current = validator.isPresent() ? json.streamDossiers("-", stdin, validator.get()) : json.streamDossiers("-", stdin);
        } else {
          current = validator.isPresent() ? json.streamDossiers(input.path(), validator.get())
              : json.streamDossiers(input.path());
        }
        results = current.iterator();
      }
      return true;
    }

    @Override
    public DossierResult next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      DossierResult r = results.next();
      // Results are labelled with the path as the user wrote it, then #N for array elements.
      String label = input.isStdin() ? "-" : input.path().toString();
      String source = r.source().startsWith(label) ? input.name() + r.source().substring(label.length()) : r.source();
      DossierResult relabelled = new DossierResult(source, r.dossier(), r.violations());
      return edition.isPresent() ? asEdition(relabelled, edition.get(), validator) : relabelled;
    }

    void close() {
      if (current != null) {
        Stream<DossierResult> open = current;
        current = null;
        results = java.util.Collections.emptyIterator();
        open.close();
      }
    }
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
