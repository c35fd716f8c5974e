package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Reason;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The invariants of docs/METHOD.md §11 over generated dossiers of every millésime (1,000 per property and millésime). */
class RatingPropertiesTest {

  private static final int TRIES = 1_000;

  private static DossierGenerator generator(int year) {
    return DossierGenerator.forEdition(year);
  }

  private static Dossier with(Dossier dossier, Initiative extra) {
    return Dossier.builder().from(dossier).addInitiatives(extra).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void levelIsOneToFiveAndScoresAreFractions(int year) {
    LabelEngine engine = Engines.of(year);
    DossierProperty.forAll("level in 1..5", TRIES, year * 10_000L, generator(year), d -> {
      Decision decision = engine.evaluate(d);
      assertTrue(decision.arobases() >= 1 && decision.arobases() <= 5, "arobases " + decision.arobases());
      assertTrue(decision.mosaic().score() >= 0 && decision.mosaic().score() <= 1, "global score");
      for (EnjeuScore e : decision.mosaic().enjeux()) {
        assertTrue(e.score() >= 0 && e.score() <= 1 && e.coveredServices() <= e.totalServices(), e.toString());
      }
      assertEquals(16, decision.mosaic().enjeux().size());
      assertEquals(decision.arobases() < 5, decision.next().isPresent(), "next level absent exactly at 5@");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void addingAnEligibleInitiativeNeverLowersTheLevelNorRemovesAMention(int year) {
    LabelEngine engine = Engines.of(year);
    DossierGenerator generator = generator(year);
    DossierProperty.forAll("adding an eligible initiative is monotone", TRIES, year * 20_000L, generator, d -> {
      Decision before = engine.evaluate(d);
      Initiative extra = generator.eligibleInitiative(d, d.initiatives().size());
      Decision after = engine.evaluate(with(d, extra));
      assertTrue(after.eligibleInitiatives().contains(extra.id()), "the new initiative counts");
      assertTrue(after.arobases() >= before.arobases(), before.arobases() + "@ became " + after.arobases() + "@");
      assertTrue(after.mentions().containsAll(before.mentions()), before.mentions() + " became " + after.mentions());
      assertTrue(after.mosaic().score() >= before.mosaic().score(), "global score decreased");
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void ineligibleInitiativesChangeNothing(int year) {
    LabelEngine engine = Engines.of(year);
    DossierGenerator generator = generator(year);
    DossierProperty.forAll("ineligible initiatives change nothing", TRIES, year * 30_000L, generator, d -> {
      Decision before = engine.evaluate(d);
      Initiative extra = generator.ineligibleInitiative(d, d.initiatives().size());
      Decision after = engine.evaluate(with(d, extra));
      assertTrue(after.ignoredInitiatives().stream().anyMatch(i -> i.id().equals(extra.id())), "the new one is ignored");
      List<Reason> reasons = after.reasons().stream()
          .filter(r -> !r.rule().equals("ELIGIBILITY." + extra.id())).toList();
      List<IgnoredInitiative> ignored = after.ignoredInitiatives().stream()
          .filter(i -> !i.id().equals(extra.id())).toList();
      assertEquals(before, Decision.builder().from(after).reasons(reasons).ignoredInitiatives(ignored).build());
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void initiativeOrderChangesNothing(int year) {
    LabelEngine engine = Engines.of(year);
    DossierProperty.forAll("initiative order changes nothing", TRIES, year * 40_000L, generator(year), d -> {
      List<Initiative> shuffled = new ArrayList<>(d.initiatives());
      Collections.shuffle(shuffled, new Random(shuffled.size()));
      Collections.reverse(shuffled);
      assertEquals(engine.evaluate(d), engine.evaluate(Dossier.builder().from(d).initiatives(shuffled).build()));
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void sameInputSameOutput(int year) {
    LabelEngine engine = Engines.of(year);
    LabelEngine other = LabelEngine.builder().edition(year).build();
    DossierProperty.forAll("same input, same output", TRIES, year * 50_000L, generator(year), d -> {
      Decision first = engine.evaluate(d);
      assertEquals(first, engine.evaluate(d));
      assertEquals(first, other.evaluate(Dossier.builder().from(d).build()));
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void everyLevelMentionDistinctionAndIgnoredInitiativeHasAReason(int year) {
    LabelEngine engine = Engines.of(year);
    DossierProperty.forAll("every level and mention has a reason", TRIES, year * 60_000L, generator(year), d -> {
      Decision decision = engine.evaluate(d);
      assertTrue(ReasonChecks.levelExplained(decision), "level " + decision.arobases() + " has its reasons");
      for (Mention m : decision.mentions()) {
        assertTrue(decision.reasons().stream().anyMatch(r -> r.rule().equals("MENTION." + m.code()) && r.met()),
            "mention " + m.code());
      }
      for (var distinction : decision.distinctions()) {
        assertTrue(decision.reasons().stream()
            .anyMatch(r -> r.rule().equals("DISTINCTION." + distinction.name()) && r.met()), distinction.name());
      }
      for (IgnoredInitiative i : decision.ignoredInitiatives()) {
        assertTrue(decision.reasons().stream().anyMatch(r -> r.rule().equals("ELIGIBILITY." + i.id()) && !r.met()),
            "ignored " + i.id());
      }
      assertEquals(d.initiatives().size(), decision.eligibleInitiatives().size() + decision.ignoredInitiatives().size());
    });
  }
}
