package org.arobase.core.matrix;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.arobase.core.Category;
import org.arobase.core.internal.TsvReader;

/** Parses and checks the matrix format of docs/MATRIX.md. */
final class MatrixReader {

  static final List<String> HEADER =
      List.of("kind", "code", "parent", "label", "source", "notApplicableTo", "note");

  private static final Pattern AXIS_CODE = Pattern.compile("[A-Z]{2,3}");
  private static final Pattern ENJEU_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern SERVICE_CODE = Pattern.compile("([A-Z]{2})\\.\\d{2}");

  private MatrixReader() {}

  static ServiceMatrix read(String source, Reader reader) {
    TsvReader tsv = TsvReader.read(source, reader, HEADER, MatrixFormatException::new);
    String version = tsv.directive("version");
    List<Axis> axes = new ArrayList<>();
    List<Enjeu> enjeux = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    Map<String, String> kindByCode = new HashMap<>();

    for (TsvReader.Row row : tsv.rows) {
      String kind = row.get(0);
      String code = row.get(1);
      String parent = row.get(2);
      String label = row.get(3);
      boolean reconstructed = switch (row.get(4)) {
        case "published" -> false;
        case "reconstructed" -> true;
        default -> throw tsv.error(row.line(), "source must be 'published' or 'reconstructed', not '" + row.get(4) + "'");
      };
      if (label.isEmpty()) {
        throw tsv.error(row.line(), kind + " " + code + " has no label");
      }
      String previous = kindByCode.putIfAbsent(code, kind);
      if (previous != null) {
        throw tsv.error(row.line(), "duplicate code " + code);
      }
      switch (kind) {
        case "axis" -> {
          requireCode(tsv, row, AXIS_CODE, code, kind);
          if (!parent.isEmpty()) {
            throw tsv.error(row.line(), "axis " + code + " cannot have a parent");
          }
          axes.add(new Axis(code, label, reconstructed));
        }
        case "enjeu" -> {
          requireCode(tsv, row, ENJEU_CODE, code, kind);
          requireParent(tsv, row, kindByCode, parent, "axis", code);
          enjeux.add(new Enjeu(code, label, parent, reconstructed));
        }
        case "service" -> {
          requireCode(tsv, row, SERVICE_CODE, code, kind);
          requireParent(tsv, row, kindByCode, parent, "enjeu", code);
          if (!code.startsWith(parent + ".")) {
            throw tsv.error(row.line(), "service " + code + " must start with its enjeu code " + parent);
          }
          services.add(new Service(code, label, parent, reconstructed, categories(tsv, row), row.get(6)));
        }
        default -> throw tsv.error(row.line(), "kind must be 'axis', 'enjeu' or 'service', not '" + kind + "'");
      }
    }
    checkCount(tsv, "axes", axes.size());
    checkCount(tsv, "enjeux", enjeux.size());
    checkCount(tsv, "services", services.size());
    for (Axis axis : axes) {
      if (enjeux.stream().noneMatch(e -> e.axis().equals(axis.code()))) {
        throw tsv.error(0, "axis " + axis.code() + " has no enjeu");
      }
    }
    for (Enjeu enjeu : enjeux) {
      if (services.stream().noneMatch(s -> s.enjeu().equals(enjeu.code()))) {
        throw tsv.error(0, "enjeu " + enjeu.code() + " has no service");
      }
    }
    return new ServiceMatrix(version, axes, enjeux, services);
  }

  private static void requireCode(TsvReader tsv, TsvReader.Row row, Pattern pattern, String code, String kind) {
    if (!pattern.matcher(code).matches()) {
      throw tsv.error(row.line(), "malformed " + kind + " code '" + code + "' (expected " + pattern + ")");
    }
  }

  private static void requireParent(
      TsvReader tsv, TsvReader.Row row, Map<String, String> kindByCode, String parent, String parentKind, String code) {
    if (parent.isEmpty()) {
      throw tsv.error(row.line(), code + " has no parent " + parentKind);
    }
    if (!parentKind.equals(kindByCode.get(parent))) {
      throw tsv.error(row.line(), code + " names an unknown " + parentKind + " '" + parent
          + "' (a parent is declared on an earlier line)");
    }
  }

  private static Set<Category> categories(TsvReader tsv, TsvReader.Row row) {
    String cell = row.get(5);
    Set<Category> set = EnumSet.noneOf(Category.class);
    if (cell.isEmpty()) {
      return set;
    }
    for (String name : cell.split(",")) {
      try {
        set.add(Category.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        throw tsv.error(row.line(), "unknown category '" + name + "' (VILLAGE, VILLE or TERRITOIRE)");
      }
    }
    return set;
  }

  private static void checkCount(TsvReader tsv, String key, int actual) {
    int declared = tsv.intDirective(key);
    if (declared != actual) {
      throw tsv.error(0, "@" + key + " declares " + declared + " but the file has " + actual);
    }
  }
}
