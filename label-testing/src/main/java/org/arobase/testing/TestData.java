package org.arobase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;

/**
 * Data directories for tests of a millésime that is not bundled: the bundled data exported into a
 * directory, with one row more in its {@code millesimes.tsv}, as the association would add it
 * (docs/DATA.md). Load the directory with {@link LabelData#load(Path)}.
 */
public final class TestData {

  private TestData() {}

  /**
   * Exports the bundled data into a directory and adds the millésime after the newest: a copy of
   * the newest's row, a year later, with the next edition number, a filing window a year later and
   * its own parameters version; its thresholds are the newest's, carried forward.
   *
   * @param directory an empty or new directory
   * @return the year added (2028 with the bundled data of 2027)
   * @throws UncheckedIOException when the directory cannot be written
   */
  public static int withNextMillesime(Path directory) {
    LabelData bundled = LabelData.bundled();
    bundled.export(directory);
    Edition newest = bundled.newest();
    int year = newest.year() + 1;
    Path millesimes = directory.resolve("millesimes.tsv");
    try {
      List<String> lines = Files.readAllLines(millesimes, StandardCharsets.UTF_8);
      String row = lines.stream().filter(l -> l.startsWith(newest.year() + "\t")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no row of " + newest.year() + " in " + millesimes));
      String[] cells = row.split("\t", -1);
      cells[0] = String.valueOf(year);
      cells[1] = String.valueOf(newest.number() + 1);
      cells[2] = newest.filingOpens().plusYears(1).toString();
      cells[3] = newest.filingCloses().plusYears(1).toString();
      cells[4] = "-";
      cells[5] = "-";
      cells[7] = year + ".1";
      cells[10] = "-";
      cells[11] = "added for a test, a copy of " + newest.year();
      Files.writeString(millesimes, String.join("\t", cells) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add a millésime in " + directory + ": " + e.getMessage(), e);
    }
    return year;
  }
}
