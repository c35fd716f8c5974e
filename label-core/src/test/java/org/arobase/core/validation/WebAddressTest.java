package org.arobase.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator's quick path for links agrees with {@link URI} on every address. */
class WebAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://www.example.fr", "http://example.fr/", "https://a.b-c.fr:8080/x/y_z~.html",
      "HTTPS://EXAMPLE.FR/A", "https://example.fr/page?x=1#top", "https://xn--mairie-d9a.fr/", "http://localhost"})
  void acceptsWebAddresses(String link) {
    assertTrue(DossierValidator.isWebAddress(link), link);
    assertTrue(DossierValidator.isUriWebAddress(link), link);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.fr", "ftp://example.fr", "https://", "https:///path", "https://-a.fr",
      "https://a-.fr", "https://a..fr", "https://a.fr:80abc", "https://exa mple.fr", "mailto:maire@example.fr",
      "https://a.fr:/x y"})
  void refusesOthers(String link) {
    assertFalse(DossierValidator.isWebAddress(link), link);
    assertFalse(DossierValidator.isUriWebAddress(link), link);
  }

  private static final String ALPHABET = "hts:/.-_~aA0Z9:?#%@ é[]";
  private static final String[] PREFIXES = {"https://", "http://", "HTTP://", "https:/", ""};

  @RepeatedTest(20)
  void agreesWithUriOnRandomAddresses(RepetitionInfo repetition) {
    long seed = 20221112L + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder link = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        link.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String s = link.toString();
      assertEquals(DossierValidator.isUriWebAddress(s), DossierValidator.isWebAddress(s), () -> "seed " + seed + ": '" + s + "'");
    }
  }
}
