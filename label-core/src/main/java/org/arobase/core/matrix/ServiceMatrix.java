package org.arobase.core.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.arobase.core.Category;
import org.arobase.core.Edition;

/**
 * The service matrix of one version: four axes, sixteen enjeux and their services, the
 * <em>mosaïque</em> in which every initiative is classified.
 *
 * <p>arobase ships the versions 2020 (138 services), 2021 and 2022 (139 services); the
 * association's official list loads with {@link #load(Path)} from a file of the same format
 * (docs/MATRIX.md). Instances are immutable and safe to share between threads.
 */
public final class ServiceMatrix {

  private static final List<String> BUNDLED = List.of("2020", "2021", "2022");
  private static final Map<String, ServiceMatrix> CACHE = new ConcurrentHashMap<>();

  private final String version;
  private final Map<String, Axis> axes;
  private final Map<String, Enjeu> enjeux;
  private final Map<String, Service> services;

  ServiceMatrix(String version, List<Axis> axes, List<Enjeu> enjeux, List<Service> services) {
    this.version = version;
    this.axes = index(axes, Axis::code);
    this.enjeux = index(enjeux, Enjeu::code);
    this.services = index(services, Service::code);
  }

  private static <T> Map<String, T> index(List<T> values, java.util.function.Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(key.apply(v), v));
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Reads a matrix file in the format of docs/MATRIX.md and checks its tree.
   *
   * @param file a UTF-8 TSV file
   * @return the matrix
   * @throws MatrixFormatException with the file, line and reason when the file is not a valid matrix
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ServiceMatrix load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read matrix " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a matrix in the format of docs/MATRIX.md.
   *
   * @param source the name used in error messages
   * @param reader the text
   * @return the matrix
   * @throws MatrixFormatException with the source, line and reason when the text is not a valid matrix
   */
  public static ServiceMatrix load(String source, Reader reader) {
    return MatrixReader.read(source, reader);
  }

  /**
   * @param version a bundled version: {@code 2020}, {@code 2021} or {@code 2022}
   * @return the bundled matrix of that version, loaded once
   * @throws IllegalArgumentException for a version arobase does not ship
   */
  public static ServiceMatrix bundled(String version) {
    if (!BUNDLED.contains(version)) {
      throw new IllegalArgumentException("no bundled matrix " + version + "; bundled: " + BUNDLED);
    }
    return CACHE.computeIfAbsent(version, v -> {
      String resource = "matrix/" + v + ".tsv";
      try (InputStream in = ServiceMatrix.class.getResourceAsStream("/org/arobase/data/" + resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return load(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * @param year a millésime known to {@link Edition#of(int)}
   * @return the bundled matrix its dossiers are classified in
   */
  public static ServiceMatrix forEdition(int year) {
    return bundled(Edition.of(year).matrixVersion());
  }

  /** @return the versions arobase ships, oldest first */
  public static List<String> bundledVersions() {
    return BUNDLED;
  }

  /** @return the version, e.g. {@code "2022"} */
  public String version() {
    return version;
  }

  /** @return the axes in matrix order */
  public List<Axis> axes() {
    return List.copyOf(axes.values());
  }

  /** @return every enjeu in matrix order */
  public List<Enjeu> enjeux() {
    return List.copyOf(enjeux.values());
  }

  /** @return every service in matrix order */
  public List<Service> services() {
    return List.copyOf(services.values());
  }

  /**
   * @param axis an axis of this matrix
   * @return its enjeux in matrix order
   */
  public List<Enjeu> enjeux(Axis axis) {
    return enjeux.values().stream().filter(e -> e.axis().equals(axis.code())).toList();
  }

  /**
   * @param enjeu an enjeu of this matrix
   * @return its services in matrix order
   */
  public List<Service> services(Enjeu enjeu) {
    return services.values().stream().filter(s -> s.enjeu().equals(enjeu.code())).toList();
  }

  /**
   * @param enjeu an enjeu of this matrix
   * @param category the category of the collectivité
   * @return its services that the category can run
   */
  public List<Service> applicableServices(Enjeu enjeu, Category category) {
    return services(enjeu).stream().filter(s -> s.appliesTo(category)).toList();
  }

  /**
   * @param code an axis code
   * @return the axis, if this matrix has it
   */
  public Optional<Axis> findAxis(String code) {
    return Optional.ofNullable(axes.get(code));
  }

  /**
   * @param code an enjeu code
   * @return the enjeu, if this matrix has it
   */
  public Optional<Enjeu> findEnjeu(String code) {
    return Optional.ofNullable(enjeux.get(code));
  }

  /**
   * @param code a service code
   * @return the service, if this matrix has it
   */
  public Optional<Service> findService(String code) {
    return Optional.ofNullable(services.get(code));
  }

  /**
   * @param code a service code
   * @return the service
   * @throws IllegalArgumentException if this matrix has no such service
   */
  public Service service(String code) {
    return findService(code).orElseThrow(
        () -> new IllegalArgumentException("no service " + code + " in matrix " + version));
  }

  /**
   * @param code an enjeu code
   * @return the enjeu
   * @throws IllegalArgumentException if this matrix has no such enjeu
   */
  public Enjeu enjeu(String code) {
    return findEnjeu(code).orElseThrow(
        () -> new IllegalArgumentException("no enjeu " + code + " in matrix " + version));
  }

  /**
   * @param code an axis code
   * @return the axis
   * @throws IllegalArgumentException if this matrix has no such axis
   */
  public Axis axis(String code) {
    return findAxis(code).orElseThrow(
        () -> new IllegalArgumentException("no axis " + code + " in matrix " + version));
  }

  /**
   * Writes this matrix in the format {@link #load(Path)} reads (docs/MATRIX.md), so that a
   * matrix can be exported, edited and loaded again.
   *
   * @return the TSV text
   */
  public String toTsv() {
    StringBuilder sb = new StringBuilder("# Service matrix ").append(version).append(", written by arobase\n")
        .append("@version\t").append(version).append('\n')
        .append("@axes\t").append(axes.size()).append('\n')
        .append("@enjeux\t").append(enjeux.size()).append('\n')
        .append("@services\t").append(services.size()).append('\n')
        .append(String.join("\t", MatrixReader.HEADER)).append('\n');
    for (Axis axis : axes.values()) {
      row(sb, "axis", axis.code(), "", axis.label(), axis.reconstructed(), "", "");
      for (Enjeu enjeu : enjeux(axis)) {
        row(sb, "enjeu", enjeu.code(), axis.code(), enjeu.label(), enjeu.reconstructed(), "", "");
        for (Service s : services(enjeu)) {
          String categories = s.notApplicableTo().stream().sorted().map(Enum::name)
              .collect(java.util.stream.Collectors.joining(","));
          row(sb, "service", s.code(), enjeu.code(), s.label(), s.reconstructed(), categories, s.note());
        }
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String kind, String code, String parent, String label,
      boolean reconstructed, String categories, String note) {
    sb.append(kind).append('\t').append(code).append('\t').append(dash(parent)).append('\t').append(label)
        .append('\t').append(reconstructed ? "reconstructed" : "published").append('\t').append(dash(categories))
        .append('\t').append(dash(note)).append('\n');
  }

  private static String dash(String value) {
    return value.isEmpty() ? "-" : value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceMatrix m && m.version.equals(version) && m.axes.equals(axes)
        && m.enjeux.equals(enjeux) && m.services.equals(services);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(version, axes, enjeux, services);
  }

  @Override
  public String toString() {
    return "ServiceMatrix[" + version + ": " + axes.size() + " axes, " + enjeux.size() + " enjeux, "
        + services.size() + " services]";
  }
}
