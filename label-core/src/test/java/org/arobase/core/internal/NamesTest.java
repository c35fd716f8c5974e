package org.arobase.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "« {0} » -> « {1} »")
  @CsvSource(delimiter = '|', value = {
    "Saint-Étienne-de-Saint-Geoirs | saint etienne de saint geoirs",
    "St-Étienne-de-St-Geoirs | saint etienne de saint geoirs",
    "Ste Marie | sainte marie",
    "L'Isle-Adam | l isle adam",
    "L’ISLE  ADAM | l isle adam",
    "Vandœuvre-lès-Nancy | vandoeuvre les nancy",
    "Saint-Cyr-l'École | saint cyr l ecole",
    "Satolas & Bonce | satolas et bonce",
    "CC Caux - Austreberthe | cc caux austreberthe",
  })
  void keysIgnoreAccentsCasePunctuationAndSpellOutSaint(String name, String key) {
    assertEquals(key, Names.key(name));
  }

  @Test
  void intercommunalPrefixesAndTheirArticlesAreStripped() {
    assertEquals(new Names.Core("bassin d aurillac", Optional.of("CA")), Names.core(Names.key("CA du Bassin d'Aurillac")));
    assertEquals(new Names.Core("bassin d aurillac", Optional.of("CA")),
        Names.core(Names.key("Communauté d'agglomération du Bassin d'Aurillac")));
    assertEquals(new Names.Core("riviera du levant", Optional.of("CA")), Names.core(Names.key("CA La Riviéra du Levant")));
    assertEquals(new Names.Core("lyon", Optional.of("METRO")), Names.core(Names.key("Métropole de Lyon")));
    assertEquals(new Names.Core("dijon metropole", Optional.empty()), Names.core(Names.key("Dijon Métropole")));
    assertEquals(new Names.Core("cachan", Optional.empty()), Names.core("cachan"));
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "arviu, arvieu, 1",
    "gandrang, gandrange, 1",
    "sainte marie, sainte marei, 1",
    "abc, abc, 0",
    "abcdef, badcfe, 3",
    "kitten, sitting, 3",
  })
  void distanceCountsEditsAndTranspositions(String a, String b, int expected) {
    assertEquals(expected, Names.distance(a, b, 5));
    assertEquals(Math.min(expected, 2), Names.distance(a, b, 1));
  }

  @Test
  void theTypoBudgetGrowsWithTheName() {
    assertEquals(0, Names.typoBudget("buc"));
    assertEquals(0, Names.typoBudget("port"));
    assertEquals(1, Names.typoBudget("arvieu"));
    assertEquals(1, Names.typoBudget("saint egre"));
    assertEquals(2, Names.typoBudget("saint egreve"));
  }
}
