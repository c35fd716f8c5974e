package com.example.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;

/** Reads a dossier in arobase's JSON format, rates it with the rules of its millésime and prints the level. */
public final class Main {

  private Main() {}

  /**
   * @param args the dossier's JSON file; by default the sample dossier of Ayen beside this project
   * @throws Exception if the file cannot be read or the dossier is invalid
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../dossiers/ayen-2022.json");
    Dossier dossier = LabelJson.standard().readDossier(Files.readString(file));
    LabelEngine engine = LabelEngine.builder().edition(dossier.edition()).build();
    Decision decision = engine.evaluate(dossier);
    System.out.println(decision.collectivity().name() + " (" + decision.edition() + ") : "
        + decision.arobases() + "@");
  }
}
