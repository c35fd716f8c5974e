package org.arobase.core.palmares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.arobase.core.geo.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists of the millésimes 2021 to 2026 as the press prints them (« Marnay (70) »), with a
 * {@code departement} or {@code code} column, in the resources of this package: every row has
 * its expected outcome here, in list order. A row is right when it resolves to the expected
 * code, or stays unresolved or ambiguous (with the expected candidates) when it cannot be
 * identified without a guess; a code other than the expected one is wrong, and none may be.
 */
class PressListsTest {

  /** What a row must give: a code, or no code because the name is unresolved or ambiguous. */
  record Expected(String name, Optional<String> code, Resolution.Status status, List<String> candidates) {
    static Expected of(String name, String code) {
      return new Expected(name, Optional.of(code), Resolution.Status.RESOLVED, List.of(code));
    }

    static Expected unresolved(String name) {
      return new Expected(name, Optional.empty(), Resolution.Status.UNRESOLVED, List.of());
    }

    static Expected ambiguous(String name, String... candidates) {
      return new Expected(name, Optional.empty(), Resolution.Status.AMBIGUOUS, List.of(candidates));
    }
  }

  private static Expected row(String name, String code) {
    return Expected.of(name, code);
  }

  private static Expected unresolved(String name) {
    return Expected.unresolved(name);
  }

  private static Expected ambiguous(String name, String... candidates) {
    return Expected.ambiguous(name, candidates);
  }

  /** The expected outcome of every row of each list, in list order. */
  static final Map<Integer, List<Expected>> EXPECTED = Map.of(
      // region, arobases, name: the département in parentheses only.
      2021, List.of(
          row("Elven (56)", "56053"),
          row("Vannes (56)", "56260"),
          row("Marnay (70)", "70334"),
          row("Marnay (71)", "71283"),
          row("Mérignac (33)", "33281"),
          row("Marnay (86)", "86148"),
          row("Allonnes (72)", "72003"),
          row("Changé (53)", "53054"),
          row("Sainte-Marie (974)", "97418"),
          row("Saint-Denis (974)", "97411"),
          row("Ajaccio (2A)", "2A004"),
          row("Bastia (2B)", "2B033"),
          row("CA du Bassin d'Aurillac (15)", "241500230"),
          row("Jaunay-Clan (86)", "86115"),                   // former commune, now Jaunay-Marigny
          row("Gandrang (57)", "57242"),                      // typo of Gandrange
          unresolved("Herblay (95)"),                         // renamed Herblay-sur-Seine: no renaming history
          unresolved("Grenoble (73)"),                        // Grenoble is in 38, not 73
          ambiguous("Sainte-Marie", "32388", "65391")),       // Occitanie, no département: Gers or Hautes-Pyrénées
      // departement, region, name, arobases: columns in another order.
      2022, List.of(
          row("Quéven", "56185"),
          row("Changé", "72058"),
          row("Allonnes", "49002"),
          row("Allonnes", "28004"),
          row("Mérignac", "16216"),
          row("Mérignac", "17229"),
          row("Sainte-Marie", "97228"),
          row("Le Lamentin", "97213"),
          row("Lamentin", "97115"),
          unresolved("Lamentin"),                             // 972: the Lamentin of 971 must not be taken
          row("Naves", "07334"),                              // former commune of Les Vans; other Naves are current communes elsewhere
          row("Annecy-le-Vieux", "74010"),                    // former commune, now Annecy
          unresolved("Marnay"),                               // 74: no Marnay there; Marnaz (74) is not a typo to correct into
          row("CA Caux Seine Agglo", "200010700"),
          unresolved("CA Caux Vallée de Seine"),              // its former name: no EPCI history
          row("Porto-Vecchio", "2A247"),
          ambiguous("Marnay", "70334", "71283"),              // no département
          row("Vandoeuvres-lès-Nancy", "54547")),             // typo of Vandœuvre-lès-Nancy
      // region, arobases, name, code: the code decides.
      2023, List.of(
          row("Mérignac", "33281"),
          row("CA du Bassin d'Aurillac", "241500230"),
          row("CA Caux Vallée de Seine", "200010700"),        // former name, by its SIREN: a problem
          ambiguous("Changé", "72058", "53054"),              // no code, no département
          row("Changé", "53054"),
          row("Annecy", "74010"),                             // 74011 is Annecy-le-Vieux, now part of Annecy: a problem
          row("Herblay", "95306"),                            // renamed: a problem, the code decides
          row("Valbonne Sophia Antipolis", "06152"),
          row("Ports", "37187"),
          unresolved("Atlantide"),                            // 56999 is no code: the name is not tried
          row("CA du Centre Littoral", "249730045"),
          row("Mamoudzou", "97611"),
          row("CA de Dembeni / Mamoudzou", "200060457"),
          row("Mérignac", "16216"),                           // 211602164 is the commune's SIREN
          row("Thionville", "57672"),
          row("Villeneuve-d'Ascq", "59009")),
      // code, name, departement, arobases, region: every column.
      2024, List.of(
          row("Sainte-Marie", "97418"),
          row("Saint-Denis", "97411"),
          row("Saint-Pierre", "97416"),
          row("Saint-Pierre", "97225"),
          row("Saint-Paul", "97415"),
          row("Le Port", "97407"),
          row("CA Intercommunale du Nord de la Réunion (CINOR)", "249740119"), // « (CINOR) » stays in the name
          row("Sainte-Anne", "97128"),
          row("Sainte-Anne", "97226"),
          row("Cayenne", "97302"),
          row("Escaufourt", "59545"),                         // former commune of the Aisne, now part of Saint-Souplet (59)
          row("Beaulieu", "14061"),                           // former commune, now Souleuvre en Bocage
          row("Cherbourg-Octeville", "50129"),
          row("Dijon Métropole", "242100410"),
          row("Saint-Denis", "93066"),
          ambiguous("Saint-Denis", "11339", "30247"),         // Occitanie without département: Aude or Gard
          row("Bastia", "2B033"),
          row("Annecy", "74010")),                            // code 74010 with département 73: a problem
      // region, name, arobases, departement, code: parentheses and columns together.
      2025, List.of(
          row("Elven (56)", "56053"),                         // column and parentheses agree
          row("Fréhel (22)", "22179"),
          row("Le Juch (29)", "29087"),
          unresolved("Vannes (29)"),                          // Vannes is in 56
          row("Allonnes (72)", "72003"),
          row("Challans (85)", "85047"),
          row("CC du Pays des Acharde (85)", "248500530"),    // typo of Achards
          row("Saint-Egreeve (38)", "38382"),                 // typo of Saint-Égrève
          row("Grenoble-Alpes-Métropole (38)", "200040715"),
          row("Oullins (69)", "69149"),                       // former commune, now Oullins-Pierre-Bénite
          row("Pierre-Bénite (69)", "69149"),
          unresolved("Évry (91)"),                            // merged into Évry-Courcouronnes without a commune déléguée; the Évry of 89 is not taken
          row("Évry-Courcouronnes (91)", "91228"),
          row("Herblay-sur-Seine (95)", "95306"),
          row("Sainte-Marie (65)", "65391"),
          row("Sainte-Marie (32)", "32388"),
          row("Ports-sur-Vienne (37)", "37187"),
          row("CA CAP Excellence (971)", "200018653")),
      // region, arobases, name: overseas, homonyms and mistakes.
      2026, List.of(
          row("Mamoudzou (976)", "97611"),
          row("Saint-Laurent-du-Maroni (973)", "97311"),
          row("Le Tampon (974)", "97422"),
          row("Saint-Joseph (974)", "97412"),
          row("Saint-Joseph (972)", "97224"),
          row("Les Trois-Ilets (972)", "97231"),
          row("Baie-Mahault (971)", "97103"),
          row("Pointe-a-Pitre (971)", "97120"),
          unresolved("Les Abymes (972)"),                     // listed under Guadeloupe with the département of Martinique
          row("Mérignac (33)", "33281"),
          ambiguous("Mérignac", "33281", "16216", "17229"),
          row("Marnay (70)", "70334"),
          row("Changé (53)", "53054"),
          row("Allonnes (72)", "72003"),
          row("Sainte-Marie (974)", "97418"),
          row("Valbonne (06)", "06152"),
          row("CA de Sophia Antipolis (06)", "240600585"),
          row("Tourlaville (50)", "50129"),                   // former commune, now Cherbourg-en-Cotentin
          row("Villeneuve d'Asq (59)", "59009"),              // typo
          unresolved("Brest (56)"),                           // Brest is in 29
          unresolved("CC du Pays de Nulle Part (15)"),
          row("Paris (75)", "75056")));

  /** The problems the lists with codes report, as {@code line kind}. */
  static final Map<Integer, List<String>> PROBLEMS = Map.of(
      2021, List.of(), 2022, List.of(),
      2023, List.of("8 NAME_MISMATCH", "11 FORMER_CODE", "12 NAME_MISMATCH", "13 NAME_MISMATCH", "14 NAME_MISMATCH"),
      2024, List.of("23 DEPARTEMENT_MISMATCH"),
      2025, List.of(), 2026, List.of());

  static Stream<Arguments> millesimes() {
    return Stream.of(2021, 2022, 2023, 2024, 2025, 2026).map(Arguments::of);
  }

  static Palmares read(int millesime) throws IOException {
    try (Reader reader = reader(millesime)) {
      return Palmares.builder().addList("palmares-" + millesime + ".tsv", reader).build();
    }
  }

  private static Reader reader(int millesime) {
    InputStream in = PressListsTest.class.getResourceAsStream("palmares-" + millesime + ".tsv");
    if (in == null) {
      throw new IllegalStateException("no list for " + millesime);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The name cells of a list, in list order, read plainly: the test's own check of the alignment. */
  private static List<String> nameCells(int millesime) throws IOException {
    List<String> names = new ArrayList<>();
    int column = -1;
    try (InputStream in = PressListsTest.class.getResourceAsStream("palmares-" + millesime + ".tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t"));
        if (column < 0) {
          column = cells.indexOf("name");
        } else {
          names.add(cells.get(column));
        }
      }
    }
    return names;
  }

  @ParameterizedTest(name = "the list of {0}")
  @MethodSource("millesimes")
  void everyRowResolvesToItsExpectedCodeAndNoneToAWrongOne(int millesime) throws IOException {
    List<Expected> expected = EXPECTED.get(millesime);
    assertEquals(expected.stream().map(Expected::name).toList(), nameCells(millesime), "the expectations follow the list");
    Palmares p = read(millesime);
    List<PalmaresEntry> rows = new ArrayList<>(p.entries());
    // A row naming a collectivité already listed (Pierre-Bénite after Oullins: both are now
    // Oullins-Pierre-Bénite) is left out and reported with its code: it is checked here too.
    for (Palmares.Duplicate d : p.duplicates()) {
      rows.add(PalmaresEntry.builder().name(d.name()).code(d.code()).line(d.line()).region("-").arobases(1).build());
    }
    assertEquals(millesime == 2025 ? List.of("69149") : List.of(), p.duplicates().stream().map(Palmares.Duplicate::code).toList());
    rows.sort(Comparator.comparingInt(e -> e.line().orElseThrow()));
    assertEquals(expected.size(), rows.size());

    // Wrong: a code other than the expected one (a row that cannot be identified must have none).
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      PalmaresEntry entry = rows.get(i);
      if (entry.code().isPresent() && !entry.code().equals(expected.get(i).code())) {
        wrong.add("line " + entry.line().getAsInt() + " « " + expected.get(i).name() + " » -> " + entry.code().get());
      }
    }
    assertEquals(List.of(), wrong);
    for (int i = 0; i < rows.size(); i++) {
      PalmaresEntry entry = rows.get(i);
      assertEquals(expected.get(i).code(), entry.code(), "line " + entry.line().getAsInt() + " « " + expected.get(i).name() + " »");
    }

    List<Expected> unresolved = expected.stream().filter(e -> e.status() == Resolution.Status.UNRESOLVED).toList();
    List<Expected> ambiguous = expected.stream().filter(e -> e.status() == Resolution.Status.AMBIGUOUS).toList();
    assertEquals(unresolved.stream().map(Expected::name).toList(), p.unresolved().stream().map(Resolution::query).toList());
    assertEquals(ambiguous.stream().map(Expected::name).toList(), p.ambiguous().stream().map(Resolution::query).toList());
    assertEquals(ambiguous.stream().map(Expected::candidates).toList(), p.ambiguous().stream().map(Resolution::candidateCodes).toList());
    assertEquals(PROBLEMS.get(millesime), p.problems().stream().map(x -> x.line() + " " + x.kind()).toList());
  }

  @Test
  void theListsTogetherResolveEveryRowThatCanBeWithoutAGuess() throws IOException {
    int rows = 0;
    int resolved = 0;
    int ambiguous = 0;
    int unresolved = 0;
    for (int millesime = 2021; millesime <= 2026; millesime++) {
      Palmares p = read(millesime);
      rows += p.total() + p.duplicates().size();
      resolved += (int) p.entries().stream().filter(e -> e.code().isPresent()).count() + p.duplicates().size();
      ambiguous += p.ambiguous().size();
      unresolved += p.unresolved().size();
    }
    assertEquals(110, rows);
    assertEquals(rows, resolved + ambiguous + unresolved);
    assertEquals(List.of(94, 5, 11), List.of(resolved, ambiguous, unresolved));
  }

  @Test
  void theDepartementOfAListFillsTheEntriesItCannotIdentify() throws IOException {
    Palmares p = read(2021);
    PalmaresEntry herblay = p.entries().stream().filter(e -> e.name().equals("Herblay")).findFirst().orElseThrow();
    assertEquals(Optional.of("95"), herblay.departement());
    assertEquals(Optional.empty(), herblay.code());
    PalmaresEntry elven = p.entries().stream().filter(e -> e.name().equals("Elven")).findFirst().orElseThrow();
    assertEquals(Optional.of("56053"), elven.code());
    assertTrue(p.unresolved().get(1).note().contains("Grenoble (38185, 38)"), p.unresolved().get(1).note());
  }

  @Test
  void aCodeThatContradictsTheRowIsReportedWithItsLineAndTheCodeDecides() throws IOException {
    Palmares p = read(2023);
    Palmares.Problem caux = p.problems().get(0);
    assertEquals("palmares-2023.tsv", caux.source());
    assertEquals(8, caux.line());
    assertEquals("CA Caux Vallée de Seine", caux.name());
    assertEquals("200010700", caux.code());
    assertEquals("200010700", caux.collectivity().code());
    assertEquals("palmares-2023.tsv:8: « CA Caux Vallée de Seine » is not a name of 200010700 « CA Caux Seine Agglo »;"
        + " the code decides", caux.toString());
    Palmares.Problem annecy = p.problems().get(1);
    assertEquals("74011", annecy.code());
    assertEquals("74010", annecy.collectivity().code());
    assertTrue(annecy.message().contains("Annecy-le-Vieux"), annecy.message());
    assertTrue(p.unresolved().get(0).note().startsWith("56999 is neither"), p.unresolved().get(0).note());
    Palmares.Problem savoie = read(2024).problems().get(0);
    assertEquals("74010 « Annecy » is in the département 74, not 73; the code decides", savoie.message());
  }
}
