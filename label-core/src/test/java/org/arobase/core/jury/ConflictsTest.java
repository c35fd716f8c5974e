package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.arobase.core.geo.Geography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Region names in conflicts compare with the official geography's key ({@code Names.key}),
 * which replaced a normalisation of their own: same results for the official names however
 * they are written, and more matches (never fewer) for punctuation the old one kept.
 */
class ConflictsTest {

  /** The 18 regions: 13 in metropolitan France, 5 overseas. */
  static final List<String> REGIONS = List.of(
      "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
      "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
      "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte");

  /** How Conflicts compared region names before, kept as the reference. */
  static String oldRegion(String name) {
    if (name == null) {
      return "";
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’]+", " ").strip();
  }

  /** Ways people write a region: accents, case, hyphens, apostrophes and spaces varied. */
  static Set<String> variants(String name) {
    Set<String> out = new LinkedHashSet<>();
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    for (String base : List.of(name, plain, Normalizer.normalize(name, Normalizer.Form.NFD))) {
      for (String cased : List.of(base, base.toUpperCase(Locale.ROOT), base.toLowerCase(Locale.ROOT))) {
        out.add(cased);
        out.add(cased.replace('-', ' '));
        out.add(cased.replace(' ', '-'));
        out.add(cased.replace("-", " - "));
        out.add(cased.replace("-", "--"));
        out.add(cased.replace('\'', '’'));
        out.add(cased.replace("'", " ' "));
        out.add(cased.replace("'", "' "));
        out.add(cased.replace('\'', ' '));
        out.add("  " + cased.replace(" ", "   ") + " ");
        out.add(cased.replace('-', ' ').replace('\'', '’'));
      }
    }
    return out;
  }

  /** A dossier of a code the geography does not know, so that only its declared region counts. */
  static PlannedDossier in(String region) {
    return new PlannedDossier("d", "X0001", "Nulle-Part", Optional.empty(), Optional.of(region), 1);
  }

  @Test
  void officialRegionNamesMatchAsBeforeHoweverTheyAreWritten() {
    List<String> all = new ArrayList<>();
    REGIONS.forEach(r -> all.addAll(variants(r)));
    Geography.official().regions().stream().filter(r -> !REGIONS.contains(r)).forEach(r -> all.addAll(variants(r)));
    int pairs = 0;
    for (String declared : all) {
      Conflicts conflicts = new Conflicts(List.of(), List.of(), List.of(declared));
      for (String official : Geography.official().regions()) {
        boolean before = oldRegion(declared).equals(oldRegion(official));
        assertEquals(before, conflicts.concern(in(official)), () -> "« " + declared + " » against « " + official + " »");
        pairs++;
      }
    }
    // every variant matches its own region, and no other
    for (String region : REGIONS) {
      for (String declared : variants(region)) {
        Conflicts conflicts = new Conflicts(List.of(), List.of(), List.of(declared));
        for (String other : REGIONS) {
          assertEquals(other.equals(region), conflicts.concern(in(other)), () -> "« " + declared + " » against « " + other + " »");
        }
      }
    }
    assertTrue(pairs > 10_000, "pairs compared: " + pairs);
  }

  @Test
  void variantsOfTheDossiersRegionMatchAsBefore() {
    for (String region : REGIONS) {
      for (String written : variants(region)) {
        for (String declared : List.of(region, region.toUpperCase(Locale.ROOT), oldRegion(region))) {
          assertEquals(oldRegion(declared).equals(oldRegion(written)),
              new Conflicts(List.of(), List.of(), List.of(declared)).concern(in(written)), () -> declared + " / " + written);
        }
      }
    }
  }

  /**
   * Where the two normalisations differ, the geography's key matches and the old one did not:
   * the safer side, since a juror then never studies a dossier of a region they declared.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "Île\u00a0de\u00a0France", // no-break spaces
    "Provence–Alpes–Côte d’Azur", // en dashes
    "Provence-Alpes-Côte-d'Azur.", // a full stop
    "Provence, Alpes, Côte d'Azur", // commas
    "(Île-de-France)",
    "Île_de_France",
    "Bourgogne/Franche-Comté",
  })
  void punctuationTheOldNormalisationKeptNowMatches(String declared) {
    String official = Geography.official().region(declared).orElseThrow();
    assertFalse(oldRegion(declared).equals(oldRegion(official)), declared);
    assertTrue(new Conflicts(List.of(), List.of(), List.of(declared)).concern(in(official)), declared);
    assertEquals(Optional.of("région " + official),
        new Conflicts(List.of(), List.of(), List.of(declared)).concerning(in(official)));
  }

  @Test
  void aRegionMatchesTheRegionTheGeographyReadsInTheSameName() {
    for (String region : REGIONS) {
      for (String declared : variants(region)) {
        assertEquals(Optional.of(region), Geography.official().region(declared), declared);
      }
    }
  }

  @Test
  void nothingDeclaredOrNoRegionMatchesNothing() {
    assertFalse(Conflicts.none().concern(in("Bretagne")));
    assertFalse(new Conflicts(List.of(), List.of(), List.of("Bretagne")).concern(
        new PlannedDossier("d", "X0001", "Nulle-Part", Optional.empty(), Optional.empty(), 1)));
    assertFalse(new Conflicts(List.of(), List.of(), List.of("Normandie")).concern(in("Bretagne")));
    assertEquals("", Conflicts.region(null));
  }
}
