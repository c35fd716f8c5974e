package org.arobase.core.palmares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.arobase.core.geo.Geography;
import org.junit.jupiter.api.Test;

/**
 * A list of a few thousand communes of the official geography, written in every form a list
 * may take (« Name (56) », a département column, the region alone, a typo): it resolves in well
 * under a second once the geography is loaded, and every name given exactly with its
 * département resolves to its commune.
 */
class LongListTest {

  private static final Path COMMUNES = Path.of("src", "main", "resources", "org", "arobase", "core", "geo", "communes.tsv");

  /** A commune of the list, as written, with its code. */
  private record Row(String line, String code, boolean exact) {}

  @Test
  void aListOfThousandsOfRowsResolvesInWellUnderASecond() throws IOException {
    Geography geo = Geography.official();
    geo.resolve("Ayen", "Nouvelle-Aquitaine", "19");   // loads the geography and builds the name index
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(COMMUNES, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (line.startsWith("#") || line.startsWith("@") || cells[0].equals("code") || n++ % 11 != 0) {
        continue;
      }
      String code = cells[0];
      String name = cells[1];
      String dep = cells[2];
      String region = geo.regionOf(dep).orElseThrow();
      rows.add(switch (rows.size() % 5) {
        case 0, 1 -> new Row(region + "\t3\t" + name + " (" + dep + ")\t-", code, true);
        case 2 -> new Row(region + "\t4\t" + name + "\t" + dep, code, true);
        case 3 -> new Row(region + "\t2\t" + name + "\t-", code, false);
        default -> new Row(region + "\t1\t" + typo(name) + "\t" + dep, code, false);
      });
    }
    StringBuilder list = new StringBuilder("region\tarobases\tname\tdepartement\n");
    rows.forEach(r -> list.append(r.line()).append('\n'));

    // Its time is measured outside the tests (docs/RELIABILITY.md), not asserted here.
    Palmares p = Palmares.builder().addList("long.tsv", new StringReader(list.toString())).build();

    assertEquals(rows.size(), p.total());
    assertTrue(rows.size() > 3_000, "rows: " + rows.size());

    List<PalmaresEntry> entries = new ArrayList<>(p.entries());
    entries.sort(Comparator.comparingInt(e -> e.line().orElseThrow()));
    int exactWrong = 0;
    int exactUnresolved = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      PalmaresEntry entry = entries.get(i);
      if (row.exact()) {
        if (entry.code().isEmpty()) {
          exactUnresolved++;
        } else if (!entry.code().get().equals(row.code())) {
          exactWrong++;
        }
      }
    }
    // No two communes of a département share a name (COG 2026): every one is identified.
    assertEquals(List.of(0, 0), List.of(exactWrong, exactUnresolved), "wrong, unresolved");
  }

  /** Drops a letter in the middle of a name long enough to have a typo budget. */
  private static String typo(String name) {
    if (name.length() < 8) {
      return name;
    }
    int at = name.length() / 2;
    return name.substring(0, at) + name.substring(at + 1);
  }
}
