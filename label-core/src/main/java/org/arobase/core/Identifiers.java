package org.arobase.core;

import java.util.regex.Pattern;

/** The official identifiers of collectivités: INSEE commune codes and SIREN numbers. */
public final class Identifiers {

  private static final Pattern INSEE = Pattern.compile("(?:\\d{2}|2[AB])\\d{3}");
  private static final Pattern SIREN = Pattern.compile("\\d{9}");

  private Identifiers() {}

  /**
   * @param code any text
   * @return whether it has the shape of an INSEE commune code: 5 characters, digits except
   *     {@code 2A}/{@code 2B} for Corsica (e.g. {@code 19015}, {@code 2A004}, {@code 97105})
   */
  public static boolean isInseeCode(String code) {
    return INSEE.matcher(code).matches();
  }

  /**
   * @param code any text
   * @return whether it has the shape of a SIREN: 9 digits
   */
  public static boolean looksLikeSiren(String code) {
    return SIREN.matcher(code).matches();
  }

  /**
   * @param code any text
   * @return whether it is a SIREN with a correct check digit (Luhn)
   */
  public static boolean isSiren(String code) {
    return looksLikeSiren(code) && luhnCheckDigit(code.substring(0, 8)) == code.charAt(8) - '0';
  }

  /**
   * @param digits the first digits of a number checked with the Luhn algorithm (SIREN, SIRET)
   * @return the check digit to append
   */
  public static int luhnCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      // Counting from the check digit's position, every second digit is doubled.
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * @param inseeCode a well-formed INSEE commune code
   * @return its département: three characters overseas ({@code 971}…), two elsewhere ({@code 2A}, {@code 19})
   */
  public static String departementOf(String inseeCode) {
    return inseeCode.startsWith("97") ? inseeCode.substring(0, 3) : inseeCode.substring(0, 2);
  }
}
