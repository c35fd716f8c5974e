package org.arobase.json;

import com.fasterxml.jackson.core.Version;

/**
 * The check that the Jackson on the classpath is recent enough for label-json: the reading limits use
 * {@code StreamReadConstraints} methods that appeared in Jackson 2.16 ({@code maxDocumentLength},
 * {@code maxNameLength}). An older Jackson, chosen for instance by a consumer's own dependency
 * management, would otherwise fail later with a {@link NoSuchMethodError}; the check fails at once
 * with a message that names the version found and the version required.
 */
final class JacksonVersion {

  /** The oldest Jackson 2 that label-json runs on, as {@code major.minor}. */
  static final String MINIMUM = "2.16";

  private static final int MINIMUM_MAJOR = 2;
  private static final int MINIMUM_MINOR = 16;

  private JacksonVersion() {}

  /**
   * Checks jackson-core and jackson-databind, the two that label-json calls.
   *
   * @throws IllegalStateException if either is older than {@link #MINIMUM}
   */
  static void requireMinimum() {
    require("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    require("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /**
   * @param artifact the name of the Jackson artifact, for the message
   * @param found the version of it on the classpath
   * @throws IllegalStateException if {@code found} is older than {@link #MINIMUM}
   */
  static void require(String artifact, Version found) {
    if (!sufficient(found.getMajorVersion(), found.getMinorVersion())) {
      throw new IllegalStateException("label-json needs " + artifact + " " + MINIMUM + " or later (Jackson 2), but "
          + artifact + " " + found + " is on the classpath: align the Jackson version of your build, e.g. by "
          + "importing org.arobase:label-bom or com.fasterxml.jackson:jackson-bom " + MINIMUM + "+ in dependencyManagement");
    }
  }

  /**
   * @param major the major version found
   * @param minor the minor version found
   * @return whether {@code major.minor} is Jackson 2 at {@link #MINIMUM} or later; Jackson 3 lives in other
   *     packages and is no substitute, and an unknown version (0.0, when a jar lost its metadata) is refused
   */
  static boolean sufficient(int major, int minor) {
    return major == MINIMUM_MAJOR && minor >= MINIMUM_MINOR;
  }
}
