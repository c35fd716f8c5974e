package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.Test;

/** The planner's invariants over generated jurors, conflicts and dossiers; each failure names its seed. */
class JuryPlanPropertiesTest {

  private static final int TRIES = 1_000;

  /** Small enough for a brute-force search over every pairing and sharing. */
  private static Instances small(long seed) {
    Instances probe = Instances.of(seed, 2, 7, 7, 0.0, false);
    int maxDossiers = probe.jurors().size() == 7 ? 5 : 7;
    return Instances.of(seed, 2, 7, maxDossiers, 0.1 + (seed % 5) * 0.06, false);
  }

  @Test
  void aPlanIsFoundWheneverOneExists() {
    int[] outcomes = new int[2];
    DossierProperty.forAllSeeds("a plan is found whenever one exists", TRIES, 1L, seed -> {
      Instances instance = small(seed);
      boolean exists = instance.planExistsByBruteForce();
      Optional<JuryPlan> plan = tryPlan(instance, seed);
      assertEquals(exists, plan.isPresent(), () -> "brute force says a plan exists: " + exists + "; " + instance);
      outcomes[exists ? 1 : 0]++;
    });
    // The generated instances exercise both outcomes, not just one.
    assertTrue(outcomes[0] > TRIES / 10 && outcomes[1] > TRIES / 10,
        "feasible " + outcomes[1] + ", infeasible " + outcomes[0]);
  }

  @Test
  void everyPlanKeepsTheRules() {
    DossierProperty.forAllSeeds("every plan keeps the rules", TRIES, 10_000L, seed -> {
      Instances instance = small(seed);
      tryPlan(instance, seed).ifPresent(plan -> assertKeepsTheRules(instance, plan));
    });
  }

  @Test
  void largerJuriesArePlannedWithinTheRules() {
    DossierProperty.forAllSeeds("larger juries are planned within the rules", TRIES, 20_000L, seed -> {
      Instances instance = Instances.of(seed, 6, 16, 40, 0.04, true);
      JuryPlan plan = JuryPlanner.plan(instance.jurors(), instance.dossiers(), seed);
      assertKeepsTheRules(instance, plan);
    });
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    DossierProperty.forAllSeeds("the same seed gives the same plan", TRIES, 30_000L, seed -> {
      Instances instance = small(seed);
      Optional<JuryPlan> first = tryPlan(instance, seed);
      Optional<JuryPlan> second = tryPlan(small(seed), seed);
      assertEquals(first, second);
    });
  }

  @Test
  void anotherSeedMayDrawAnotherPlan() {
    Instances instance = Instances.of(5L, 10, 10, 30, 0.0, true);
    Set<JuryPlan> plans = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      JuryPlan plan = JuryPlanner.plan(instance.jurors(), instance.dossiers(), seed);
      plans.add(new JuryPlan(plan.assignments(), plan.unpaired(), 0));
    }
    assertTrue(plans.size() > 1, "ten seeds drew one plan only");
  }

  private static Optional<JuryPlan> tryPlan(Instances instance, long seed) {
    try {
      return Optional.of(JuryPlanner.plan(instance.jurors(), instance.dossiers(), seed));
    } catch (JuryPlanException e) {
      assertNotEquals(JuryPlanException.SEARCH_LIMIT, e.code(), e.getMessage());
      assertFalse(e.getMessage().isBlank());
      return Optional.empty();
    }
  }

  static void assertKeepsTheRules(Instances instance, JuryPlan plan) {
    // Every dossier exactly once.
    List<String> planned = plan.assignments().stream().flatMap(a -> a.dossiers().stream()).map(PlannedDossier::key)
        .sorted().toList();
    assertEquals(instance.dossiers().stream().map(PlannedDossier::key).sorted().toList(), planned);
    // No conflict broken.
    for (Assignment a : plan.assignments()) {
      for (PlannedDossier d : a.dossiers()) {
        if (a.binome().first().conflictsWith(d) || a.binome().second().conflictsWith(d)) {
          fail("binôme " + a.binome() + " studies " + d.label() + " despite a conflict");
        }
      }
    }
    // Every juror in exactly one binôme, or the one reserve of an odd jury.
    Set<String> seen = new HashSet<>();
    plan.binomes().forEach(b -> b.ids().forEach(id -> assertTrue(seen.add(id), id + " is in two binômes")));
    plan.unpaired().ifPresent(j -> assertTrue(seen.add(j.id()), j.id() + " is both paired and unpaired"));
    assertEquals(instance.jurors().size(), seen.size());
    assertEquals(instance.jurors().size() / 2, plan.binomes().size());
    assertEquals(instance.jurors().size() % 2 == 1, plan.unpaired().isPresent());
    // Workloads within the bound.
    int bound = instance.dossiers().stream().mapToInt(PlannedDossier::initiatives).max().orElse(0);
    assertEquals(bound, plan.bound());
    assertTrue(plan.spread() <= bound, "spread " + plan.spread() + " exceeds the bound " + bound);
  }
}
