package org.arobase.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.json.LabelJson;
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
    Rating rating = new Rating(List.of(), root.data(), dossiers.likelyEdition(root.data()), dossiers.geography());
    var read = dossiers.readToRate(root.in, root.data());
    List<Rating.Rated> rated = rating.rate(read, new Progress(spec.commandLine().getErr(), read.size(), "rated"));
    List<Rating.Rated> valid = Rating.ratedOnly(rated, spec.commandLine().getErr());
    Map<Dossier, Decision> decisions = valid.stream().collect(Collectors.toMap(
        r -> r.dossier().get(), r -> r.decision().get(), (a, b) -> a, java.util.IdentityHashMap::new));
    PrintWriter out = spec.commandLine().getOut();
    LabelJson.standard().writeGeoJson(valid.stream().map(r -> r.dossier().get()).toList(),
        d -> Optional.ofNullable(decisions.get(d)), out);
    out.println();
    out.flush();
    return valid.size() == rated.size() ? Arobase.OK : Arobase.INVALID;
  }
}
