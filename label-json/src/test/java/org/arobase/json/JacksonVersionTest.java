package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JacksonVersionTest {

  @ParameterizedTest(name = "{0}.{1} sufficient: {2}")
  @CsvSource({
      "2, 16, true", "2, 17, true", "2, 21, true", "2, 100, true",
      "2, 15, false", "2, 9, false", "1, 99, false",
      // Jackson 3 is in other packages: no substitute. 0.0 is a jar that lost its version.
      "3, 0, false", "0, 0, false"})
  void twoSixteenAndLaterOfJacksonTwoAreSufficient(int major, int minor, boolean sufficient) {
    assertEquals(sufficient, JacksonVersion.sufficient(major, minor));
  }

  @Test
  void anOldJacksonIsNamedWithTheVersionRequired() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> JacksonVersion.require("jackson-core", new Version(2, 15, 4, null, "com.fasterxml.jackson.core", "jackson-core")));
    assertTrue(e.getMessage().contains("2.15.4"), e.getMessage());
    assertTrue(e.getMessage().contains("2.16 or later"), e.getMessage());
  }

  @Test
  void theJacksonOfTheBuildPasses() {
    assertDoesNotThrow(JacksonVersion::requireMinimum);
    assertDoesNotThrow(() -> JacksonVersion.require("jackson-databind", new Version(2, 16, 0, null, null, null)));
  }
}
