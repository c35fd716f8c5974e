package com.example.consumer;

import java.time.LocalDate;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Operator;
import org.arobase.core.decision.Decision;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;

/**
 * Builds a dossier in code with label-core's builders (the generated {@code Immutable*} classes), rates
 * it and prints the decision as JSON: compiled with {@code -Xlint:all -Werror} like the rest of this
 * project, it shows that label-core's classes need no Immutables on a user's classpath.
 */
public final class RateInCode {

  private RateInCode() {}

  /** @param args unused */
  public static void main(String[] args) {
    Dossier dossier = Dossier.builder().edition(2022)
        .collectivity(Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE)
            .population(700).build())
        .addInitiatives(Initiative.builder().id("arbres").title("Arbres remarquables géolocalisés")
            .addServices("TE.04", "CP.05", "SP.06").startedOn(LocalDate.of(2020, 5, 1))
            .operator(Operator.COLLECTIVITY).build())
        .build();
    Decision decision = LabelEngine.builder().edition(2022).build().evaluate(dossier);
    System.out.println(LabelJson.standard().write(decision));
  }
}
