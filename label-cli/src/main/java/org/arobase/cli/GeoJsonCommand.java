package org.arobase.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import org.arobase.json.RatingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arobase geojson}: the located initiatives of the dossiers as an RFC 7946 FeatureCollection. */
@Command(name = "geojson", mixinStandardHelpOptions = true,
    description = {"Print the initiatives that have a location as a GeoJSON FeatureCollection, with each dossier's decision.",
        "Invalid dossiers are reported on standard error and left out (exit code 1)."})
final class GeoJsonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DossierOptions dossiers;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    Run run = Run.of(spec);
    PrintWriter err = spec.commandLine().getErr();
    Rating rating = new Rating(List.of(), root.data(), dossiers.likelyEdition(root.data()), dossiers.geography(), run.locale());
    Progress progress = new Progress(err, 0, "rated");
    int[] counts = new int[2]; // read, rated
    // The writer asks for a dossier's decision right after taking the dossier: only the current one is kept.
    Decision[] current = new Decision[1];
    PrintWriter out = spec.commandLine().getOut();
    try (Stream<DossierResult> read = dossiers.streamToRate(root.in, root.data(), run)) {
      Iterator<Dossier> valid = read.map(r -> {
        RatingResult result = rating.result(r);
        progress.advance(++counts[0]);
        if (result.decision().isEmpty()) {
          RateCommand.printText(result, err, false, run);
          return null;
        }
        counts[1]++;
        current[0] = result.decision().get();
        return r.dossier().get();
      }).filter(java.util.Objects::nonNull).iterator();
      LabelJson.standard().writeGeoJson(() -> valid, d -> Optional.ofNullable(current[0]), out);
    }
    progress.done();
    out.println();
    out.flush();
    return run.finish(counts[0] == counts[1] ? Arobase.OK : Arobase.INVALID);
  }
}
