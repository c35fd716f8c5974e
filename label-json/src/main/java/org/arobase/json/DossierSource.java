package org.arobase.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.arobase.core.Dossier;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.Violation;

/**
 * The dossiers of one source, one at a time: a single dossier object, or an array of them read
 * element by element so that a huge file never sits in memory. A problem that makes the rest
 * unreadable (syntax, limits, I/O) ends the source with one result named after the whole
 * source, its pointers relative to the document.
 */
final class DossierSource implements Iterator<DossierResult>, Closeable {

  private enum State { START, ARRAY, DONE }

  private final String source;
  private final JsonParser parser;
  private final Cursor cursor;
  private final ModelReader reader;
  private final DossierValidator validator;
  private final JsonLimits limits;
  private State state = State.START;
  private DossierResult pending;
  private boolean fatal;
  private int index;
  /** The errors given so far, summed over the results, against {@link JsonLimits#maxProblemsPerFile()}. */
  private long problems;
  /** The result after the pending one: the end of a source that has too many problems. */
  private DossierResult last;

  DossierSource(String source, JsonParser parser, DossierValidator validator, JsonLimits limits, Messages messages) {
    this.source = source;
    this.parser = parser;
    this.cursor = new Cursor(parser, messages);
    this.reader = new ModelReader(cursor, limits);
    this.validator = validator;
    this.limits = limits;
  }

  /**
   * A source that could not be opened (missing file, too large): its one result is the problem.
   *
   * @param source the label
   * @param code the problem's code
   * @param message the problem, in the reader's language
   */
  DossierSource(String source, String code, String message) {
    this.source = source;
    this.parser = null;
    this.cursor = null;
    this.reader = null;
    this.validator = null;
    this.limits = null;
    this.pending = new DossierResult(source, Optional.empty(), List.of(Violation.error("", code, message)));
    this.state = State.DONE;
    this.fatal = true;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && last != null) {
      pending = last;
      last = null;
    } else if (pending == null && state != State.DONE) {
      pending = advance();
      if (pending != null && !fatal) {
        pending = counted(pending);
      }
    }
    return pending != null;
  }

  @Override
  public DossierResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    DossierResult out = pending;
    pending = null;
    return out;
  }

  /** @return whether the source ended on a problem that made the rest of it unreadable */
  boolean endedOnFatalProblem() {
    return fatal;
  }

  /** @return every result; only the fatal problem when one made the source unreadable */
  List<DossierResult> readAll() {
    List<DossierResult> all = new ArrayList<>();
    while (hasNext()) {
      all.add(next());
    }
    return fatal ? List.of(all.get(all.size() - 1)) : all;
  }

  private DossierResult advance() {
    boolean inElement = false;
    try {
      if (state == State.START) {
        JsonToken first = cursor.next();
        if (first == JsonToken.START_OBJECT) {
          state = State.DONE;
          Dossier dossier = reader.dossier();
          expectEnd("after.dossier");
          return result(source, dossier);
        }
        if (first != JsonToken.START_ARRAY) {
          state = State.DONE;
          if (first == null) {
            cursor.problem(JsonCodes.JSON_SYNTAX, cursor.messages().get("dossiers.empty"));
          } else {
            cursor.wrongType("type.dossiers");
            expectEnd("after.value");
          }
          return result(source, null);
        }
        state = State.ARRAY;
      }
      JsonToken t = cursor.nextInside();
      if (t == JsonToken.END_ARRAY) {
        state = State.DONE;
        expectEnd("after.array");
        return null;
      }
      cursor.resetPath();
      if (index == limits.maxDossiers()) {
        cursor.push(index);
        cursor.problem(JsonCodes.JSON_LIMIT_DOSSIERS, cursor.messages().get("limit.dossiers", limits.maxDossiers()));
        return end(new DossierResult(source, Optional.empty(), cursor.drain()));
      }
      inElement = true;
      Dossier dossier = t == JsonToken.START_OBJECT ? reader.dossier() : cursor.wrongType("type.dossier");
      return result(source + "#" + index++, dossier);
    } catch (Cursor.Fatal e) {
      List<Violation> problems = cursor.drain();
      if (inElement) {
        // Relative to the document, since the result speaks of the whole source.
        problems = problems.stream()
            .map(v -> new Violation("/" + index + v.pointer(), v.code(), v.severity(), v.message())).toList();
      }
      return end(new DossierResult(source, Optional.empty(), problems));
    }
  }

  /**
   * Counts the errors of a result; when they reach the limit of the source, it is the last one read:
   * the next and last result says that the rest was not read, so that memory stays bounded.
   */
  private DossierResult counted(DossierResult result) {
    problems += result.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    if (problems >= limits.maxProblemsPerFile() && state != State.DONE) {
      state = State.DONE;
      last = new DossierResult(source, Optional.empty(), List.of(Violation.error("", JsonCodes.JSON_LIMIT_PROBLEMS,
          cursor.messages().get("limit.problems", problems, limits.maxProblemsPerFile(), result.source()))));
    }
    return result;
  }

  private DossierResult end(DossierResult last) {
    state = State.DONE;
    fatal = true;
    return last;
  }

  /** @param what the key of what ends the file: {@code after.dossier}… */
  private void expectEnd(String what) {
    cursor.resetPath();
    if (cursor.next() != null) {
      cursor.problem(JsonCodes.JSON_SYNTAX, cursor.messages().get("dossiers.trailing", cursor.messages().get(what)));
      throw new Cursor.Fatal();
    }
  }

  private DossierResult result(String label, Dossier dossier) {
    List<Violation> problems = cursor.drain();
    if (dossier == null) {
      return new DossierResult(label, Optional.empty(), problems);
    }
    // Without a validator, the JSON only: the caller validates (an engine, once).
    return new DossierResult(label, Optional.of(dossier), validator == null ? problems : validator.validate(dossier).violations());
  }

  @Override
  public void close() {
    if (parser == null) {
      return;
    }
    try {
      parser.close();
    } catch (IOException e) {
      // Closing a parser that failed to read changes nothing for the results already given.
    }
  }
}
