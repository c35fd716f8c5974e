package org.arobase.core.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.arobase.core.CollectivityKind;

/**
 * The bundled geography in a compact binary form, {@code geography.bin}: what
 * {@link GeographyReader} reads from the five TSV files, already checked and with each
 * intercommunalité's départements and members worked out. {@link Geography#official()} reads the
 * small tables (regions, départements, former communes) at once and looks communes and
 * intercommunalités up in the bytes, by a sorted index of their codes, building each one when it
 * is asked for; the whole map is built the first time it is walked (name resolution). The TSV
 * files stay the source (docs/GEOGRAPHY.md); {@code CompactGeographyTest} checks that the
 * resource is theirs and says how to write it again.
 *
 * <p>Layout, big-endian, each string as its UTF-8 length on two bytes then its bytes: the magic
 * and version; directives (key, value); regions (code, name); départements (code, name, region
 * code); former communes (code, name, kind, commune); the collectivités in the order of their
 * files, communes first (a kind byte, then for a commune: code, name, département, population,
 * SIREN or "", EPCI or ""; for an intercommunalité: SIREN, name, type, population, main
 * département, its départements, its members as the offsets of their records); then two indexes
 * of fixed-width entries, sorted (the code or SIREN on {@value #KEY} bytes padded with zeros, the
 * record's offset): every collectivité by code, the communes by SIREN; last, the offset of the
 * first index.
 */
final class CompactGeography {

  /** The resource, beside the TSV files. */
  static final String RESOURCE = "geography.bin";
  private static final int MAGIC = 0x47454F31; // GEO1
  private static final int VERSION = 2;
  /** The width of an index key: a SIREN's nine digits (a commune code has five). */
  private static final int KEY = 9;
  private static final int ENTRY = KEY + 4;

  private CompactGeography() {}

  /**
   * @param data a geography read from its TSV files
   * @param out where to write its compact form
   * @throws IOException when it cannot be written
   */
  static void write(GeographyReader.Data data, OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream o = new DataOutputStream(buffer);
    o.writeInt(MAGIC);
    o.writeInt(VERSION);
    o.writeInt(data.directives().size());
    for (Map.Entry<String, String> e : new TreeMap<>(data.directives()).entrySet()) {
      string(o, e.getKey());
      string(o, e.getValue());
    }
    o.writeInt(data.regions().size());
    Map<String, String> regionCodes = new HashMap<>();
    for (Map.Entry<String, String> e : data.regions().entrySet()) {
      string(o, e.getKey());
      string(o, e.getValue());
      regionCodes.put(e.getValue(), e.getKey());
    }
    o.writeInt(data.departementNames().size());
    for (Map.Entry<String, String> e : data.departementNames().entrySet()) {
      string(o, e.getKey());
      string(o, e.getValue());
      string(o, regionCodes.get(data.departementRegions().get(e.getKey())));
    }
    o.writeInt(data.formers().size());
    for (GeographyReader.Former f : data.formers()) {
      string(o, f.code());
      string(o, f.name());
      string(o, f.kind());
      string(o, f.commune());
    }
    // The records, communes first (file order), so that an intercommunalité's members have offsets.
    List<OfficialCollectivity> order = data.order();
    Map<String, Integer> offsets = new HashMap<>();
    o.writeInt(order.size());
    for (OfficialCollectivity c : order) {
      offsets.put(c.code(), o.size());
      if (c.kind() == CollectivityKind.COMMUNE) {
        o.writeByte(0);
        string(o, c.code());
        string(o, c.name());
        string(o, c.departement());
        o.writeInt(c.population());
        string(o, c.siren().orElse(""));
        string(o, c.intercommunalite().orElse(""));
      } else {
        o.writeByte(1);
        string(o, c.code());
        string(o, c.name());
        string(o, c.type());
        o.writeInt(c.population());
        string(o, c.departement());
        o.writeShort(c.departements().size());
        for (String d : c.departements()) {
          string(o, d);
        }
        o.writeInt(c.members().size());
        for (String m : c.members()) {
          o.writeInt(offsets.get(m));
        }
      }
    }
    int indexes = o.size();
    List<Map.Entry<String, Integer>> byCode = new ArrayList<>(offsets.entrySet());
    index(o, byCode);
    List<Map.Entry<String, Integer>> bySiren = new ArrayList<>();
    for (OfficialCollectivity c : order) {
      if (c.kind() == CollectivityKind.COMMUNE && c.siren().isPresent()) {
        bySiren.add(Map.entry(c.siren().get(), offsets.get(c.code())));
      }
    }
    index(o, bySiren);
    o.writeInt(indexes);
    o.flush();
    out.write(buffer.toByteArray());
  }

  private static void index(DataOutputStream o, List<Map.Entry<String, Integer>> entries) throws IOException {
    entries.sort(Comparator.comparing(e -> key(e.getKey()), Arrays::compareUnsigned));
    o.writeInt(entries.size());
    for (Map.Entry<String, Integer> e : entries) {
      o.write(key(e.getKey()));
      o.writeInt(e.getValue());
    }
  }

  private static byte[] key(String code) {
    byte[] ascii = code.getBytes(StandardCharsets.UTF_8);
    if (ascii.length > KEY) {
      throw new IllegalArgumentException("code " + code + " is longer than " + KEY + " bytes");
    }
    return Arrays.copyOf(ascii, KEY);
  }

  private static void string(DataOutputStream o, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    o.writeShort(b.length);
    o.write(b);
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
    Reader r = new Reader(bytes, 0);
    if (r.integer() != MAGIC || r.integer() != VERSION) {
      throw new IOException("not a compact geography of version " + VERSION);
    }
    Map<String, String> directives = new LinkedHashMap<>();
    for (int n = r.integer(); n > 0; n--) {
      directives.put(r.string(), r.string());
    }
    Map<String, String> regions = new TreeMap<>();
    for (int n = r.integer(); n > 0; n--) {
      regions.put(r.string(), r.string());
    }
    Map<String, String> depNames = new TreeMap<>();
    Map<String, String> depRegions = new HashMap<>();
    Map<String, List<String>> singleDepartements = new HashMap<>();
    for (int n = r.integer(); n > 0; n--) {
      String code = r.string();
      depNames.put(code, r.string());
      depRegions.put(code, regions.get(r.string()));
      singleDepartements.put(code, List.of(code));
    }
    int count = r.integer();
    List<GeographyReader.Former> formers = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      formers.add(new GeographyReader.Former(r.string(), r.string(), r.string(), r.string()));
    }
    Records records = new Records(bytes, r.position, depRegions, singleDepartements);
    return new GeographyReader.Data(Map.copyOf(directives), regions, depNames, depRegions,
        new Lookup(records, records.byCode), new Lookup(records, records.bySiren), formers, records.order());
  }

  /** Reads the bytes from a position on. */
  private static final class Reader {
    private final byte[] bytes;
    int position;

    Reader(byte[] bytes, int position) {
      this.bytes = bytes;
      this.position = position;
    }

    int integer() {
      int p = position;
      position = p + 4;
      return (bytes[p] & 0xFF) << 24 | (bytes[p + 1] & 0xFF) << 16 | (bytes[p + 2] & 0xFF) << 8 | (bytes[p + 3] & 0xFF);
    }

    int unsignedShort() {
      int p = position;
      position = p + 2;
      return (bytes[p] & 0xFF) << 8 | (bytes[p + 1] & 0xFF);
    }

    String string() {
      int length = unsignedShort();
      String s = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }
  }

  /** The collectivités' records and their two indexes. */
  private static final class Records {
    private final byte[] bytes;
    private final int count;
    private final int first;
    final int byCode;
    final int bySiren;
    private final Map<String, String> depRegions;
    private final Map<String, List<String>> singleDepartements;
    /** Every collectivité, built when the maps are first walked. */
    private volatile All all;

    private record All(Map<String, OfficialCollectivity> byCode, Map<String, OfficialCollectivity> bySiren,
        List<OfficialCollectivity> order) {}

    Records(byte[] bytes, int position, Map<String, String> depRegions, Map<String, List<String>> singleDepartements) {
      this.bytes = bytes;
      this.depRegions = depRegions;
      this.singleDepartements = singleDepartements;
      Reader r = new Reader(bytes, position);
      this.count = r.integer();
      this.first = r.position;
      // The last four bytes give where the indexes start.
      r.position = bytes.length - 4;
      r.position = r.integer();
      this.byCode = r.position;
      int codes = r.integer();
      this.bySiren = r.position + codes * ENTRY;
    }

    private static void skip(Reader r) {
      boolean commune = r.bytes[r.position++] == 0;
      if (commune) {
        skipStrings(r, 3);
        r.position += 4;
        skipStrings(r, 2);
      } else {
        skipStrings(r, 3);
        r.position += 4;
        skipStrings(r, 1);
        int departements = r.unsignedShort();
        skipStrings(r, departements);
        int members = r.integer();
        r.position += 4 * members;
      }
    }

    private static void skipStrings(Reader r, int n) {
      for (int i = 0; i < n; i++) {
        int length = r.unsignedShort();
        r.position += length;
      }
    }

    /** @return the offset of the record whose key is {@code code} in the index at {@code index}, or -1 */
    int find(int index, Object code) {
      if (!(code instanceof String s) || s.isEmpty() || s.length() > KEY) {
        return -1;
      }
      byte[] key = new byte[KEY];
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == 0 || c > 0x7F) {
          return -1;
        }
        key[i] = (byte) c;
      }
      Reader r = new Reader(bytes, index);
      int n = r.integer();
      int start = r.position;
      int low = 0;
      int high = n - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int at = start + mid * ENTRY;
        int cmp = Arrays.compareUnsigned(bytes, at, at + KEY, key, 0, KEY);
        if (cmp < 0) {
          low = mid + 1;
        } else if (cmp > 0) {
          high = mid - 1;
        } else {
          return new Reader(bytes, at + KEY).integer();
        }
      }
      return -1;
    }

    int size(int index) {
      return new Reader(bytes, index).integer();
    }

    OfficialCollectivity at(int offset) {
      Reader r = new Reader(bytes, offset);
      boolean commune = bytes[r.position++] == 0;
      if (commune) {
        String code = r.string();
        String name = r.string();
        String dep = r.string();
        int population = r.integer();
        String siren = r.string();
        String epci = r.string();
        return new OfficialCollectivity(code, name, CollectivityKind.COMMUNE, "COM", dep, depRegions.get(dep),
            population, siren.isEmpty() ? Optional.empty() : Optional.of(siren),
            epci.isEmpty() ? Optional.empty() : Optional.of(epci), singleDepartements.get(dep), List.of());
      }
      String siren = r.string();
      String name = r.string();
      String type = r.string();
      int population = r.integer();
      String main = r.string();
      String[] departements = new String[r.unsignedShort()];
      for (int d = 0; d < departements.length; d++) {
        departements[d] = r.string();
      }
      String[] members = new String[r.integer()];
      for (int m = 0; m < members.length; m++) {
        // A member's code is the first string of its record, after the kind byte.
        members[m] = new Reader(bytes, r.integer() + 1).string();
      }
      return new OfficialCollectivity(siren, name, CollectivityKind.INTERCOMMUNALITE, type, main,
          depRegions.get(main), population, Optional.of(siren), Optional.empty(), List.of(departements),
          List.of(members));
    }

    All all() {
      All a = all;
      if (a == null) {
        synchronized (this) {
          a = all;
          if (a == null) {
            // Built in the order of the files, as GeographyReader builds them: the same maps.
            Map<String, OfficialCollectivity> codes = new HashMap<>();
            Map<String, OfficialCollectivity> sirens = new HashMap<>();
            List<OfficialCollectivity> order = new ArrayList<>(count);
            Reader r = new Reader(bytes, first);
            for (int k = 0; k < count; k++) {
              OfficialCollectivity c = at(r.position);
              skip(r);
              codes.put(c.code(), c);
              order.add(c);
              if (c.kind() == CollectivityKind.COMMUNE && c.siren().isPresent()) {
                sirens.put(c.siren().get(), c);
              }
            }
            a = new All(codes, sirens, List.copyOf(order));
            all = a;
          }
        }
      }
      return a;
    }

    List<OfficialCollectivity> order() {
      return new AbstractList<>() {
        @Override
        public OfficialCollectivity get(int index) {
          return all().order().get(index);
        }

        @Override
        public int size() {
          return count;
        }
      };
    }
  }

  /**
   * A map of collectivités by code or SIREN that looks one up in the records' index, and builds
   * the whole map only when it is walked.
   */
  private static final class Lookup extends AbstractMap<String, OfficialCollectivity> {
    private final Records records;
    private final int index;

    Lookup(Records records, int index) {
      this.records = records;
      this.index = index;
    }

    private Map<String, OfficialCollectivity> whole() {
      return index == records.byCode ? records.all().byCode() : records.all().bySiren();
    }

    @Override
    public OfficialCollectivity get(Object key) {
      if (records.all != null) {
        return whole().get(key);
      }
      int offset = records.find(index, key);
      return offset < 0 ? null : records.at(offset);
    }

    @Override
    public boolean containsKey(Object key) {
      return records.find(index, key) >= 0;
    }

    @Override
    public int size() {
      return records.size(index);
    }

    @Override
    public boolean isEmpty() {
      return size() == 0;
    }

    @Override
    public Set<Map.Entry<String, OfficialCollectivity>> entrySet() {
      return whole().entrySet();
    }

    @Override
    public Set<String> keySet() {
      return whole().keySet();
    }

    @Override
    public java.util.Collection<OfficialCollectivity> values() {
      return whole().values();
    }
  }
}
