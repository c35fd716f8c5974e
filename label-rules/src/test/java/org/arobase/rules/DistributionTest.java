package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calibration of the parameters: over generated dossiers (generator defaults), every level
 * is reached in every category, and every mention and distinction of the catalogue occurs.
 * Prints the shares, which docs/METHOD.md quotes.
 */
class DistributionTest {

  @ParameterizedTest
  @CsvSource({"2022, 10000", "2021, 3000", "2020, 3000"})
  void everyLevelOfEveryCategoryAndEveryMentionIsReachable(int year, int count) {
    LabelEngine engine = Engines.of(year);
    DossierGenerator generator = DossierGenerator.forEdition(year);
    List<Decision> decisions = engine.evaluateAll(LongStream.range(0, count).mapToObj(generator::dossier).toList());
    Map<Category, int[]> levels = new EnumMap<>(Category.class);
    Map<String, Integer> mentions = new TreeMap<>();
    Map<Distinction, Integer> distinctions = new EnumMap<>(Distinction.class);
    for (Decision d : decisions) {
      levels.computeIfAbsent(d.collectivity().category(), c -> new int[6])[d.arobases()]++;
      d.mentions().forEach(m -> mentions.merge(m.code(), 1, Integer::sum));
      d.distinctions().forEach(x -> distinctions.merge(x, 1, Integer::sum));
    }
    StringBuilder table = new StringBuilder(year + ", " + count + " generated dossiers\ncategory    n      1@     2@     3@     4@     5@\n");
    levels.forEach((category, n) -> {
      int total = n[1] + n[2] + n[3] + n[4] + n[5];
      table.append(String.format("%-10s %5d", category, total));
      for (int level = 1; level <= 5; level++) {
        table.append(String.format(" %5.1f%%", 100.0 * n[level] / total));
      }
      table.append('\n');
    });
    mentions.forEach((code, n) -> table.append(String.format("mention %-24s %5.1f%%%n", code, 100.0 * n / count)));
    distinctions.forEach((x, n) -> table.append(String.format("distinction %-20s %5.1f%%%n", x, 100.0 * n / count)));
    System.out.print(table);
    for (Category category : Category.values()) {
      int[] n = levels.get(category);
      for (int level = 1; level <= 5; level++) {
        assertTrue(n != null && n[level] > 0, category + " never reaches " + level + "@\n" + table);
      }
    }
    for (Mention m : engine.edition().mentions()) {
      assertTrue(mentions.getOrDefault(m.code(), 0) > 0, "mention " + m.code() + " never proposed\n" + table);
    }
    if (year >= 2021) {
      assertTrue(distinctions.getOrDefault(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE, 0) > 0, "no distinction\n" + table);
    }
  }
}
