package org.arobase.core.geo;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.arobase.core.CollectivityKind;

/**
 * The bundled geography in a compact binary form, {@code geography.bin}: what
 * {@link GeographyReader} reads from the five TSV files, already checked and with each
 * intercommunalité's départements and members worked out, so that {@link Geography#official()}
 * loads in a few plain reads. The TSV files stay the source (docs/GEOGRAPHY.md);
 * {@code CompactGeographyTest} checks that the resource is theirs and says how to write it again.
 *
 * <p>Layout (big-endian, strings as {@link DataOutputStream#writeUTF}): the magic and version, then
 * counted sections: directives (key, value), regions (code, name), départements (code, name,
 * region code), communes (code, name, département, population, SIREN or "", EPCI or ""),
 * intercommunalités (SIREN, name, type, population, main département, départements, members as
 * positions among the communes), former communes (code, name, kind, commune). The communes and
 * intercommunalités come in the order of their files, so that the maps are built in the same order.
 */
final class CompactGeography {

  /** The resource, beside the TSV files. */
  static final String RESOURCE = "geography.bin";
  private static final int MAGIC = 0x47454F31; // GEO1
  private static final int VERSION = 1;

  private CompactGeography() {}

  /**
   * @param data a geography read from its TSV files
   * @param out where to write its compact form
   * @throws IOException when it cannot be written
   */
  static void write(GeographyReader.Data data, OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(out);
    o.writeInt(MAGIC);
    o.writeInt(VERSION);
    o.writeInt(data.directives().size());
    for (Map.Entry<String, String> e : new TreeMap<>(data.directives()).entrySet()) {
      o.writeUTF(e.getKey());
      o.writeUTF(e.getValue());
    }
    o.writeInt(data.regions().size());
    Map<String, String> regionCodes = new HashMap<>();
    for (Map.Entry<String, String> e : data.regions().entrySet()) {
      o.writeUTF(e.getKey());
      o.writeUTF(e.getValue());
      regionCodes.put(e.getValue(), e.getKey());
    }
    o.writeInt(data.departementNames().size());
    for (Map.Entry<String, String> e : data.departementNames().entrySet()) {
      o.writeUTF(e.getKey());
      o.writeUTF(e.getValue());
      o.writeUTF(regionCodes.get(data.departementRegions().get(e.getKey())));
    }
    List<OfficialCollectivity> communes = new ArrayList<>();
    List<OfficialCollectivity> epcis = new ArrayList<>();
    for (OfficialCollectivity c : data.order()) {
      (c.kind() == CollectivityKind.COMMUNE ? communes : epcis).add(c);
    }
    Map<String, Integer> position = new HashMap<>();
    o.writeInt(communes.size());
    for (OfficialCollectivity c : communes) {
      position.put(c.code(), position.size());
      o.writeUTF(c.code());
      o.writeUTF(c.name());
      o.writeUTF(c.departement());
      o.writeInt(c.population());
      o.writeUTF(c.siren().orElse(""));
      o.writeUTF(c.intercommunalite().orElse(""));
    }
    o.writeInt(epcis.size());
    for (OfficialCollectivity e : epcis) {
      o.writeUTF(e.code());
      o.writeUTF(e.name());
      o.writeUTF(e.type());
      o.writeInt(e.population());
      o.writeUTF(e.departement());
      o.writeInt(e.departements().size());
      for (String d : e.departements()) {
        o.writeUTF(d);
      }
      o.writeInt(e.members().size());
      for (String m : e.members()) {
        o.writeInt(position.get(m));
      }
    }
    o.writeInt(data.formers().size());
    for (GeographyReader.Former f : data.formers()) {
      o.writeUTF(f.code());
      o.writeUTF(f.name());
      o.writeUTF(f.kind());
      o.writeUTF(f.commune());
    }
    o.flush();
  }

  /**
   * @param in the compact form, closed when read
   * @return the geography it holds
   * @throws IOException when it cannot be read or is not a compact geography of this version
   */
  static GeographyReader.Data read(InputStream in) throws IOException {
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    }
    DataInputStream i = new DataInputStream(new ByteArrayInputStream(bytes));
    if (i.readInt() != MAGIC || i.readInt() != VERSION) {
      throw new IOException("not a compact geography of version " + VERSION);
    }
    Map<String, String> directives = new LinkedHashMap<>();
    for (int n = i.readInt(); n > 0; n--) {
      directives.put(i.readUTF(), i.readUTF());
    }
    Map<String, String> regions = new TreeMap<>();
    for (int n = i.readInt(); n > 0; n--) {
      regions.put(i.readUTF(), i.readUTF());
    }
    Map<String, String> depNames = new TreeMap<>();
    Map<String, String> depRegions = new HashMap<>();
    Map<String, List<String>> singleDepartements = new HashMap<>();
    for (int n = i.readInt(); n > 0; n--) {
      String code = i.readUTF();
      depNames.put(code, i.readUTF());
      depRegions.put(code, regions.get(i.readUTF()));
      singleDepartements.put(code, List.of(code));
    }
    int count = i.readInt();
    OfficialCollectivity[] communes = new OfficialCollectivity[count];
    Map<String, OfficialCollectivity> byCode = new HashMap<>();
    Map<String, OfficialCollectivity> bySiren = new HashMap<>();
    List<OfficialCollectivity> order = new ArrayList<>(count + 1300);
    for (int k = 0; k < count; k++) {
      String code = i.readUTF();
      String name = i.readUTF();
      String dep = i.readUTF();
      int population = i.readInt();
      String siren = i.readUTF();
      String epci = i.readUTF();
      OfficialCollectivity c = new OfficialCollectivity(code, name, CollectivityKind.COMMUNE, "COM", dep,
          depRegions.get(dep), population, siren.isEmpty() ? Optional.empty() : Optional.of(siren),
          epci.isEmpty() ? Optional.empty() : Optional.of(epci), singleDepartements.get(dep), List.of());
      communes[k] = c;
      byCode.put(code, c);
      order.add(c);
      if (!siren.isEmpty()) {
        bySiren.put(siren, c);
      }
    }
    for (int n = i.readInt(); n > 0; n--) {
      String siren = i.readUTF();
      String name = i.readUTF();
      String type = i.readUTF();
      int population = i.readInt();
      String main = i.readUTF();
      String[] departements = new String[i.readInt()];
      for (int d = 0; d < departements.length; d++) {
        departements[d] = i.readUTF();
      }
      String[] members = new String[i.readInt()];
      for (int m = 0; m < members.length; m++) {
        members[m] = communes[i.readInt()].code();
      }
      OfficialCollectivity e = new OfficialCollectivity(siren, name, CollectivityKind.INTERCOMMUNALITE, type, main,
          depRegions.get(main), population, Optional.of(siren), Optional.empty(), List.of(departements), List.of(members));
      byCode.put(siren, e);
      order.add(e);
    }
    count = i.readInt();
    List<GeographyReader.Former> formers = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      formers.add(new GeographyReader.Former(i.readUTF(), i.readUTF(), i.readUTF(), i.readUTF()));
    }
    return new GeographyReader.Data(Map.copyOf(directives), regions, depNames, depRegions, byCode, bySiren, formers,
        order);
  }
}
