package org.arobase.json;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.Edition;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.NextLevel;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.decision.Reason;
import org.arobase.core.eligibility.IneligibilityReason;
import org.arobase.core.matrix.Axis;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.ServiceMatrix;

/** A seeded generator of decisions, the same decision for the same seed. */
final class Decisions {

  /** Texts that JSON escapes, or encodes in more than one byte. */
  static final String[] TEXTS = {
    "", "ok", "« Démocratie locale » couverte", "a, b; c", "quote \" and \\ backslash", "ligne 1\nligne 2",
    "tab\tend", "émoji 🙂", "≥ 10", "Villes, \"Villages\"\r\net Territoires"
  };

  private Decisions() {}

  static Decision decision(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int year = 2020 + random.nextInt(3);
    Edition edition = Edition.of(year);
    ServiceMatrix matrix = ServiceMatrix.bundled(edition.matrixVersion());
    List<EnjeuScore> enjeux = new ArrayList<>();
    for (Enjeu enjeu : matrix.enjeux()) {
      int total = matrix.services(enjeu).size();
      int covered = random.nextInt(total + 1);
      enjeux.add(new EnjeuScore(enjeu.code(), enjeu.label(), enjeu.axis(), covered / (double) total, covered, total,
          random.nextInt(8)));
    }
    List<AxisScore> axes = new ArrayList<>();
    for (Axis axis : matrix.axes()) {
      List<EnjeuScore> of = enjeux.stream().filter(e -> e.axis().equals(axis.code())).toList();
      axes.add(new AxisScore(axis.code(), axis.label(),
          of.stream().mapToDouble(EnjeuScore::score).average().orElse(0),
          (int) of.stream().filter(EnjeuScore::covered).count()));
    }
    double score = enjeux.stream().mapToDouble(EnjeuScore::score).average().orElse(0);
    int arobases = 1 + random.nextInt(5);
    Category category = Category.values()[random.nextInt(3)];
    var builder = Decision.builder()
        .edition(year)
        .collectivity(new RatedCollectivity(category == Category.TERRITOIRE ? "200000172" : "19015",
            text(random) + "Ayen", category))
        .arobases(arobases)
        .mosaic(new Mosaic(score, axes, enjeux))
        .provenance(new Provenance(matrix.version(), "reference-" + year, hex(random), year + ".1",
            "0.1.0-SNAPSHOT", Decision.FORMAT));
    edition.mentions().forEach(m -> {
      if (random.nextBoolean()) {
        builder.addMentions(m);
      }
    });
    if (arobases == 5 && random.nextBoolean()) {
      builder.addDistinctions(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE);
    }
    int initiatives = 1 + random.nextInt(30);
    for (int i = 1; i <= initiatives; i++) {
      if (i == 1 || random.nextDouble() < 0.85) {
        builder.addEligibleInitiatives("i" + i);
      } else {
        builder.addIgnoredInitiatives(new IgnoredInitiative("i" + i,
            IneligibilityReason.values()[random.nextInt(IneligibilityReason.values().length)], text(random)));
      }
    }
    int reasons = random.nextInt(12);
    for (int i = 0; i < reasons; i++) {
      builder.addReasons(reason(random));
    }
    if (arobases < 5) {
      List<Reason> missing = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        missing.add(reason(random));
      }
      builder.next(new NextLevel(arobases + 1, missing,
          enjeux.stream().filter(e -> !e.covered()).map(EnjeuScore::code).toList()));
    }
    return builder.build();
  }

  private static Reason reason(SplittableRandom random) {
    int level = 2 + random.nextInt(4);
    return new Reason("LEVEL." + level + ".MIN_ENJEUX", random.nextBoolean() ? Outcome.MET : Outcome.MISSED,
        String.valueOf(random.nextInt(17)), random.nextBoolean() ? "≥ " + random.nextInt(17) : "", text(random));
  }

  private static String text(SplittableRandom random) {
    return TEXTS[random.nextInt(TEXTS.length)];
  }

  private static String hex(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      sb.append(String.format("%016x", random.nextLong()));
    }
    return sb.toString();
  }
}
