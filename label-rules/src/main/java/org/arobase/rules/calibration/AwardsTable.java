package org.arobase.rules.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levels a jury awarded, by collectivité: a TSV with the header {@code code<TAB>arobases}
 * (the collectivité's INSEE code or SIREN, and 1 to 5), or entries of one's own (jury records).
 */
public final class AwardsTable {

  /** The header of the file. */
  public static final String HEADER = "code\tarobases";

  /**
   * One award.
   *
   * @param code the collectivité's code
   * @param arobases the level awarded, 1 to 5
   * @param source where it was read
   * @param line its line in the source, 0 when it has none
   */
  public record Entry(String code, int arobases, String source, int line) {}

  /**
   * A problem of the awards or of the dossiers calibrated on.
   *
   * @param kind what is wrong
   * @param source the file, or empty
   * @param line the line, 0 when none
   * @param code the collectivité's code concerned, or empty
   * @param detail the value or the other place concerned, or empty
   */
  public record Problem(Kind kind, String source, int line, String code, String detail) {

    /** What is wrong. */
    public enum Kind {
      /** The first line is not {@code code<TAB>arobases}. */
      HEADER,
      /** A line has not two columns. */
      COLUMNS,
      /** A line has no code. */
      NO_CODE,
      /** The level is not a whole number from 1 to 5. */
      LEVEL,
      /** The collectivité was awarded twice; detail: the first place. */
      DUPLICATE,
      /** No dossier is of the collectivité. */
      UNKNOWN_CODE,
      /** Two dossiers are of the collectivité. */
      DUPLICATE_DOSSIER,
      /** The dossiers are of several millésimes; detail: the millésimes. */
      EDITIONS,
      /** The engine could not rate a dossier; detail: why. */
      NOT_RATED,
      /** No dossier has an award. */
      NO_AWARD
    }

    /** @return the problem in English words, with its place */
    public String message() {
      String where = source.isEmpty() ? "" : source + (line > 0 ? ":" + line : "") + ": ";
      String who = code.isEmpty() ? "" : code + ": ";
      return where + who + switch (kind) {
        case HEADER -> "the first line must be the header code<TAB>arobases, not '" + detail + "'";
        case COLUMNS -> "expected 2 columns (code<TAB>arobases), found " + detail;
        case NO_CODE -> "no code (the collectivité's INSEE code or SIREN)";
        case LEVEL -> "the level is '" + detail + "', not a whole number from 1 to 5";
        case DUPLICATE -> "awarded twice (first at " + detail + ")";
        case UNKNOWN_CODE -> "no dossier of this collectivité among the dossiers";
        case DUPLICATE_DOSSIER -> "two dossiers of this collectivité";
        case EDITIONS -> "the dossiers are of several millésimes (" + detail + "); calibrate one at a time";
        case NOT_RATED -> "the dossier cannot be rated: " + detail;
        case NO_AWARD -> "no dossier has an award";
      };
    }
  }

  private final List<Entry> entries;

  private AwardsTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** @return the awards, in the order read */
  public List<Entry> entries() {
    return entries;
  }

  /** @return the level awarded to each collectivité, by code */
  public Map<String, Integer> levels() {
    Map<String, Integer> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.code(), e.arobases()));
    return out;
  }

  /**
   * @param levels the level awarded to each collectivité, by code
   * @return the awards
   * @throws CalibrationException for a level outside 1..5
   */
  public static AwardsTable of(Map<String, Integer> levels) {
    List<Entry> entries = new ArrayList<>();
    levels.forEach((code, level) -> entries.add(new Entry(code, level, "", 0)));
    return of(entries);
  }

  /**
   * @param entries awards from anywhere (e.g. jury records)
   * @return the awards
   * @throws CalibrationException for a level outside 1..5, a missing code or a collectivité awarded twice
   */
  public static AwardsTable of(List<Entry> entries) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Entry> seen = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.code() == null || e.code().isBlank()) {
        problems.add(new Problem(Problem.Kind.NO_CODE, e.source(), e.line(), "", ""));
      } else if (e.arobases() < 1 || e.arobases() > 5) {
        problems.add(new Problem(Problem.Kind.LEVEL, e.source(), e.line(), e.code(), String.valueOf(e.arobases())));
      } else {
        Entry first = seen.putIfAbsent(e.code(), e);
        if (first != null) {
          problems.add(new Problem(Problem.Kind.DUPLICATE, e.source(), e.line(), e.code(),
              first.source() + (first.line() > 0 ? ":" + first.line() : "")));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CalibrationException(problems);
    }
    return new AwardsTable(entries);
  }

  /**
   * @param tables awards read from several sources
   * @return them all
   * @throws CalibrationException when a collectivité is awarded in two
   */
  public static AwardsTable merge(List<AwardsTable> tables) {
    List<Entry> all = new ArrayList<>();
    tables.forEach(t -> all.addAll(t.entries));
    return of(all);
  }

  /**
   * @param source the file's name, for messages
   * @param reader the TSV text
   * @return the awards
   * @throws CalibrationException naming the line and code of every problem
   * @throws UncheckedIOException when the text cannot be read
   */
  public static AwardsTable read(String source, Reader reader) {
    List<Problem> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String header = in.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !header.strip().equals(HEADER)) {
        problems.add(new Problem(Problem.Kind.HEADER, source, 1, "", header == null ? "" : header.strip()));
        throw new CalibrationException(problems);
      }
      int line = 1;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] columns = text.split("\t", -1);
        if (columns.length != 2) {
          problems.add(new Problem(Problem.Kind.COLUMNS, source, line, "", String.valueOf(columns.length)));
          continue;
        }
        String code = columns[0].strip();
        String level = columns[1].strip();
        if (code.isEmpty()) {
          problems.add(new Problem(Problem.Kind.NO_CODE, source, line, "", ""));
          continue;
        }
        if (!level.matches("[1-5]")) {
          problems.add(new Problem(Problem.Kind.LEVEL, source, line, code, level));
          continue;
        }
        entries.add(new Entry(code, Integer.parseInt(level), source, line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    try {
      AwardsTable table = of(entries);
      if (problems.isEmpty()) {
        return table;
      }
    } catch (CalibrationException e) {
      problems.addAll(e.problems());
    }
    problems.sort(java.util.Comparator.comparingInt(Problem::line));
    throw new CalibrationException(problems);
  }
}
