package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;

/**
 * The precedence of the jury's award over the engine's proposal: the award where one exists,
 * the engine's decision otherwise. The record is taken as it is: validate records with
 * {@link JuryRecords#validate} before relying on them.
 */
public final class Awards {
  private Awards() {}

  /**
   * @param decision the engine's decision on a dossier
   * @param record the jury's record on the same dossier, if any
   * @return the award where a record exists, the engine's proposal otherwise
   * @throws IllegalArgumentException if the record is about another collectivité or millésime
   */
  public static EffectiveResult effective(Decision decision, Optional<JuryRecord> record) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(record, "record");
    if (record.isEmpty()) {
      return new EffectiveResult(decision.edition(), decision.collectivity(), decision.arobases(),
          decision.mentions(), decision.distinctions(), false, Optional.empty());
    }
    JuryRecord r = record.get();
    if (!key(r).equals(key(decision))) {
      throw new IllegalArgumentException("the jury record on " + key(r) + " does not match the decision on "
          + key(decision));
    }
    Award award = r.award();
    Optional<Edition> edition = Edition.find(r.edition());
    List<Mention> mentions = award.mentions().stream().distinct()
        .map(code -> edition.flatMap(e -> e.mention(code)).orElse(new Mention(code, code)))
        .sorted(Comparator.comparingInt(m -> edition.map(e -> e.mentions().indexOf(m)).orElse(0)))
        .toList();
    return new EffectiveResult(decision.edition(), decision.collectivity(), award.arobases(), mentions,
        award.distinctions().stream().distinct().toList(), true,
        award.justification().isBlank() ? Optional.empty() : Optional.of(award.justification()));
  }

  /**
   * @param decisions the engine's decisions
   * @param records the jury's records, matched to the decisions by millésime and collectivité code
   * @return one result per decision, in the same order
   */
  public static List<EffectiveResult> effective(List<Decision> decisions, List<JuryRecord> records) {
    Function<Decision, EffectiveResult> effective = effective(records);
    List<EffectiveResult> out = new ArrayList<>(decisions.size());
    for (Decision d : decisions) {
      out.add(effective.apply(d));
    }
    return out;
  }

  /**
   * @param records the jury's records, indexed once by millésime and collectivité code (the
   *     first record of a dossier counts)
   * @return for any decision, the award where a record exists, the engine's proposal otherwise
   */
  public static Function<Decision, EffectiveResult> effective(List<JuryRecord> records) {
    Map<String, JuryRecord> byKey = new HashMap<>();
    for (JuryRecord r : records) {
      byKey.putIfAbsent(key(r), r);
    }
    return decision -> effective(decision, Optional.ofNullable(byKey.get(key(decision))));
  }

  static String key(JuryRecord record) {
    return record.collectivity().code() + " (" + record.edition() + ")";
  }

  static String key(Decision decision) {
    return decision.collectivity().code() + " (" + decision.edition() + ")";
  }
}
