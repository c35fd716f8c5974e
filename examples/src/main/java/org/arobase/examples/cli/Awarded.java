package org.arobase.examples.cli;

import java.util.List;
import java.util.Optional;
import org.arobase.core.Decision;
import org.arobase.core.jury.Awards;
import org.arobase.core.jury.EffectiveResult;
import org.arobase.core.jury.JuryRecord;

/** The result that counts for each decision: the jury's award where a record exists, the engine's otherwise. */
final class Awarded {
  private final List<JuryRecord> records;

  Awarded(List<JuryRecord> records) {
    this.records = records;
  }

  EffectiveResult of(Decision decision) {
    Optional<JuryRecord> record = records.stream()
        .filter(r -> r.edition() == decision.edition() && r.collectivity().code().equals(decision.collectivity().code()))
        .findFirst();
    return Awards.effective(decision, record);
  }
}
