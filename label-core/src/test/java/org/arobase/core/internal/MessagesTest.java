package org.arobase.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages fr = Messages.of(MessagesTest.class, "sample", Locale.FRANCE);
  private final Messages en = Messages.of(MessagesTest.class, "sample", Locale.UK);

  @Test
  void frenchCountsZeroAndOneAsSingularEnglishOneOnly() {
    assertEquals("0 initiative retenue", fr.get("retained", 0));
    assertEquals("1 initiative retenue", fr.get("retained", 1));
    assertEquals("2 initiatives retenues", fr.get("retained", 2));
    assertEquals("3\u00a0500 initiatives retenues", fr.get("retained", 3500));
    assertEquals("0 initiatives counted", en.get("retained", 0));
    assertEquals("1 initiative counted", en.get("retained", 1));
    assertEquals("3,500 initiatives counted", en.get("retained", 3500));
  }

  @Test
  void frenchPatternsGetTheirNonBreakingSpaces() {
    assertEquals("Score\u00a0: 9,5\u00a0% ; seuil 10\u00a0% «\u00a0ok\u00a0»".replace(" ;", "\u00a0;"),
        fr.get("score", fr.percent(0.095), 10));
    assertEquals("Score: 9.5%; threshold 10% \"ok\"", en.get("score", en.percent(0.095), 10));
  }

  @Test
  void datesAreWrittenInWords() {
    assertEquals("Déposé le 12\u00a0novembre 2021", fr.get("filed", LocalDate.of(2021, 11, 12)));
    assertEquals("Déposé le 1er\u00a0mars 2026", fr.get("filed", LocalDate.of(2026, 3, 1)));
    assertEquals("Filed on 12 November 2021", en.get("filed", LocalDate.of(2021, 11, 12)));
  }

  @Test
  void anyLanguageButEnglishIsFrench() {
    assertEquals(Locale.FRENCH, Messages.of(MessagesTest.class, "sample", Locale.GERMAN).locale());
    assertEquals(Locale.FRENCH, Messages.supported(null));
    assertEquals(fr.keys(), en.keys());
  }

  @Test
  void numbersPercentagesAndLists() {
    assertEquals("4\u00a0816\u00a0456", fr.number(4_816_456));
    assertEquals("-1,000", en.number(-1000));
    assertEquals("23\u00a0%", fr.wholePercent(0.234));
    assertEquals("23%", en.wholePercent(0.234));
    assertEquals("A, B et C", fr.list(List.of("A", "B", "C")));
    assertEquals("A and B", en.list(List.of("A", "B")));
  }

  @Test
  void malformedPatternsAndMissingKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> fr.get("nope"));
    assertThrows(IllegalArgumentException.class, () -> fr.get("retained"));
    assertThrows(IllegalArgumentException.class, () -> Messages.parse("{0,plural,one{x}}"));
    assertThrows(IllegalArgumentException.class, () -> Messages.parse("{0,choice,1#x}"));
    assertThrows(IllegalArgumentException.class, () -> Messages.parse("a } b"));
    assertThrows(IllegalArgumentException.class, () -> Messages.parse("{x}"));
  }
}
