package org.arobase.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.arobase.core.CollectivityKind;
import org.arobase.core.internal.TsvReader;

/** Reads the five TSV files of the official geography (format in docs/GEOGRAPHY.md). */
final class GeographyReader {

  /** Where a file comes from: the bundled resources or a directory. */
  interface Opener {
    InputStream open(String file) throws IOException;
  }

  /** A former commune (déléguée or associée) and the current commune it belongs to. */
  record Former(String code, String name, String kind, String commune) {}

  /** Everything read, ready for {@link Geography}. */
  record Data(
      Map<String, String> directives,
      Map<String, String> regions,
      Map<String, String> departementNames,
      Map<String, String> departementRegions,
      Map<String, OfficialCollectivity> byCode,
      Map<String, OfficialCollectivity> communesBySiren,
      List<Former> formers,
      List<OfficialCollectivity> order) {}

  private final Opener opener;
  private final String origin;
  private final Map<String, String> directives = new LinkedHashMap<>();

  private GeographyReader(Opener opener, String origin) {
    this.opener = opener;
    this.origin = origin;
  }

  /**
   * @return the bundled geography: its compact form ({@link CompactGeography}) when the jar has it,
   *     else its TSV files
   */
  static Data bundled() {
    InputStream compact = Geography.class.getResourceAsStream(CompactGeography.RESOURCE);
    if (compact != null) {
      try {
        return CompactGeography.read(compact);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled geography's " + CompactGeography.RESOURCE + ": " + e, e);
      }
    }
    return bundledTsv();
  }

  /** @return the bundled geography, read from its TSV files */
  static Data bundledTsv() {
    return new GeographyReader(file -> {
      InputStream in = Geography.class.getResourceAsStream(file);
      if (in == null) {
        throw new NoSuchFileException(file);
      }
      return in;
    }, "bundled geography").read();
  }

  static Data directory(Path directory) {
    return new GeographyReader(file -> Files.newInputStream(directory.resolve(file)), directory.toString()).read();
  }

  private Data read() {
    Map<String, String> regions = new TreeMap<>();
    for (List<String> row : rows("regions.tsv", List.of("code", "name"))) {
      regions.put(row.get(0), row.get(1));
    }
    Map<String, String> depNames = new TreeMap<>();
    Map<String, String> depRegions = new HashMap<>();
    for (List<String> row : rows("departements.tsv", List.of("code", "name", "region"))) {
      require(regions.containsKey(row.get(2)), "departements.tsv", "département " + row.get(0) + " names an unknown region " + row.get(2));
      depNames.put(row.get(0), row.get(1));
      depRegions.put(row.get(0), regions.get(row.get(2)));
    }
    record Epci(String siren, String name, String type, int population) {}
    Map<String, Epci> epcis = new LinkedHashMap<>();
    for (List<String> row : rows("epci.tsv", List.of("siren", "name", "type", "population"))) {
      epcis.put(row.get(0), new Epci(row.get(0), row.get(1), row.get(2), number("epci.tsv", row.get(3))));
    }
    Map<String, OfficialCollectivity> byCode = new HashMap<>();
    Map<String, OfficialCollectivity> bySiren = new HashMap<>();
    Map<String, List<OfficialCollectivity>> members = new HashMap<>();
    Map<String, List<String>> singleDepartements = new HashMap<>();
    List<OfficialCollectivity> order = new ArrayList<>();
    for (List<String> row : rows("communes.tsv", List.of("code", "name", "departement", "population", "siren", "epci"))) {
      String code = row.get(0);
      String dep = row.get(2);
      if (!depRegions.containsKey(dep)) {
        throw error("communes.tsv", "commune " + code + " names an unknown département " + dep);
      }
      Optional<String> epci = optional(row.get(5));
      if (epci.isPresent() && !epcis.containsKey(epci.get())) {
        throw error("communes.tsv", "commune " + code + " names an unknown EPCI " + epci.get());
      }
      OfficialCollectivity commune = new OfficialCollectivity(code, row.get(1), CollectivityKind.COMMUNE, "COM",
          dep, depRegions.get(dep), number("communes.tsv", row.get(3)), optional(row.get(4)), epci,
          singleDepartements.computeIfAbsent(dep, List::of), List.of());
      if (byCode.put(code, commune) != null) {
        throw error("communes.tsv", "code " + code + " appears twice");
      }
      order.add(commune);
      commune.siren().ifPresent(s -> bySiren.put(s, commune));
      epci.ifPresent(e -> members.computeIfAbsent(e, k -> new ArrayList<>()).add(commune));
    }
    for (Epci e : epcis.values()) {
      List<OfficialCollectivity> communes = members.getOrDefault(e.siren(), List.of());
      require(!communes.isEmpty(), "epci.tsv", "EPCI " + e.siren() + " has no member commune");
      Map<String, Long> inhabitants = new TreeMap<>();
      communes.forEach(c -> inhabitants.merge(c.departement(), (long) c.population(), Long::sum));
      String main = null;
      for (Map.Entry<String, Long> d : inhabitants.entrySet()) {
        if (main == null || d.getValue() > inhabitants.get(main)) {
          main = d.getKey();
        }
      }
      OfficialCollectivity epci = new OfficialCollectivity(e.siren(), e.name(), CollectivityKind.INTERCOMMUNALITE, e.type(),
          main, depRegions.get(main), e.population(), Optional.of(e.siren()), Optional.empty(),
          List.copyOf(inhabitants.keySet()), communes.stream().map(OfficialCollectivity::code).sorted().toList());
      require(byCode.put(epci.code(), epci) == null, "epci.tsv", "code " + epci.code() + " appears twice");
      order.add(epci);
    }
    List<Former> formers = new ArrayList<>();
    for (List<String> row : rows("former-communes.tsv", List.of("code", "name", "kind", "commune"))) {
      require(byCode.containsKey(row.get(3)), "former-communes.tsv", "former commune " + row.get(0) + " names an unknown commune " + row.get(3));
      formers.add(new Former(row.get(0), row.get(1), row.get(2), row.get(3)));
    }
    return new Data(Map.copyOf(directives), regions, depNames, depRegions, byCode, bySiren, formers, order);
  }

  private List<List<String>> rows(String file, List<String> header) {
    try {
      TsvReader tsv = TsvReader.read(origin + ", " + file, opener.open(file), header, TsvReader.ILLEGAL_ARGUMENT);
      tsv.directives.forEach(directives::putIfAbsent);
      List<List<String>> rows = new ArrayList<>(tsv.rows.size());
      tsv.rows.forEach(row -> rows.add(row.cells()));
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " of " + origin + ": " + e, e);
    }
  }

  private static Optional<String> optional(String cell) {
    return cell.equals("-") || cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  private int number(String file, String cell) {
    if (cell.equals("-")) {
      return 0;
    }
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw error(file, "'" + cell + "' is not a population");
    }
  }

  private void require(boolean condition, String file, String message) {
    if (!condition) {
      throw error(file, message);
    }
  }

  /** A problem that concerns a whole file, worded as the reader's: {@code origin, file: message}. */
  private IllegalArgumentException error(String file, String message) {
    return new IllegalArgumentException(TsvReader.describe(origin + ", " + file, 0, message));
  }
}
