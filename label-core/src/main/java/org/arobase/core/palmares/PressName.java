package org.arobase.core.palmares;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as the press prints it, perhaps followed by its département in parentheses:
 * « Elven (56) », « Saint-Denis (974) », « Ajaccio (2A) ». The parenthesised part is taken as a
 * département when it has the shape of one: one or two digits, {@code 2A} or {@code 2B}, or
 * three digits starting with {@code 97} or {@code 98}; anything else in parentheses
 * (« CA Porte de l'Isère (CAPI) ») stays part of the name. Whether the code is a département of
 * the geography is the caller's to check.
 *
 * @param name the name without its département, stripped
 * @param departement the département as written in the parentheses, if any
 */
record PressName(String name, Optional<String> departement) {

  private static final Pattern FORM = Pattern.compile("(.*\\S)\\s*\\(\\s*(\\d{1,2}|2[AaBb]|9[78]\\d)\\s*\\)\\s*");

  static PressName parse(String published) {
    Matcher m = FORM.matcher(published);
    if (m.matches()) {
      return new PressName(m.group(1).strip(), Optional.of(m.group(2)));
    }
    return new PressName(published.strip(), Optional.empty());
  }
}
