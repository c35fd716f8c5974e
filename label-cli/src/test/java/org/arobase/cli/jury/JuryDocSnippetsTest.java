package org.arobase.cli.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.jury.Award;
import org.arobase.core.jury.Awards;
import org.arobase.core.jury.DepartureReport;
import org.arobase.core.jury.EffectiveResult;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.JuryPlan;
import org.arobase.core.jury.JuryPlanner;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.JuryRecords;
import org.arobase.core.jury.PlannedDossier;
import org.arobase.core.jury.Proposal;
import org.arobase.json.JuryJson;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.junit.jupiter.api.Test;

/** The Java snippets of docs/JURY.md, run on the samples (paths are relative to this module). */
class JuryDocSnippetsTest {

  @Test
  void theWorkflowOfTheDocsRuns() throws Exception {
    // §2 The plan
    List<Juror> jurors = JuryJson.readJurors(Path.of("jury/jurors.json"));
    List<PlannedDossier> dossiers = new ArrayList<>();
    List<Dossier> read = new ArrayList<>();
    for (Path file : List.of(Path.of("dossiers/ayen-2022.json"), Path.of("dossiers/martigues-2022.json"))) {
      Dossier dossier = LabelJson.standard().readDossier(Files.readString(file));
      read.add(dossier);
      dossiers.add(PlannedDossier.of(file.toString(), dossier));
    }
    JuryPlan plan = JuryPlanner.plan(jurors, dossiers, 0L);
    assertEquals(3, plan.binomes().size());

    // §3 Jury records
    LabelEngine engine = LabelEngine.builder().edition(2022).build();
    Decision ayen = engine.evaluate(read.get(0));
    JuryRecord record = JuryRecord.of(ayen, plan.binomeOf("dossiers/ayen-2022.json").orElseThrow(),
        Proposal.of(4, List.of("TRANSITION_ECOLOGIQUE"), List.of()),
        new Award(4, List.of("TRANSITION_ECOLOGIQUE"), List.of(), "Patrimoine naturel en données ouvertes."));
    assertTrue(JuryRecords.validate(record).isValid(), JuryRecords.validate(record)::toString);
    assertEquals(List.of(record), JuryJson.readRecords(JuryJson.writeRecord(record)));

    // §4 Departures and the result that counts
    Decision martigues = engine.evaluate(read.get(1));
    DepartureReport report = DepartureReport.of(List.of(record), List.of(ayen, martigues));
    assertEquals(1, report.overall().count());
    EffectiveResult result = Awards.effective(ayen, Optional.of(record));
    EffectiveResult computed = Awards.effective(ayen, Optional.empty());
    List<EffectiveResult> all = Awards.effective(List.of(ayen, martigues), List.of(record));
    assertEquals(4, result.arobases());
    assertEquals(ayen.arobases(), computed.arobases());
    assertEquals(List.of(true, false), all.stream().map(EffectiveResult::awarded).toList());
  }
}
