package org.arobase.examples;

import java.time.LocalDate;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Operator;
import org.arobase.core.decision.Decision;
import org.arobase.rules.LabelEngine;

/** The README's example: rates one small dossier with the 2022 rules and prints its arobases and reasons. */
public final class RateOneDossier {

  private RateOneDossier() {}

  /** @param args unused */
  public static void main(String[] args) {
    LabelEngine engine = LabelEngine.builder().edition(2022).build();
    Dossier dossier = Dossier.builder().edition(2022)
        .collectivity(Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE)
            .population(700).build())
        .addInitiatives(Initiative.builder().id("arbres").title("Arbres remarquables géolocalisés")
            .addServices("TE.04", "CP.05", "SP.06").startedOn(LocalDate.of(2020, 5, 1))
            .operator(Operator.COLLECTIVITY).build())
        .build();
    Decision decision = engine.evaluate(dossier);
    System.out.println(decision.collectivity().name() + " : " + decision.arobases() + "@");
    decision.reasons().forEach(r -> System.out.println(r.outcome() + " " + r.rule() + " : " + r.message()));
  }
}
