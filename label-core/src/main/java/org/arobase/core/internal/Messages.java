package org.arobase.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of one module in one language: the messages of a {@code <name>_fr.properties} or
 * {@code <name>_en.properties} file next to a class of that module, so that every sentence of a
 * language lives in one file, not in code.
 *
 * <p>A pattern holds arguments {@code {0}}, {@code {1}}… and plurals
 * {@code {0,plural,one{# initiative} other{# initiatives}}}, where {@code #} is the number. French
 * counts 0 and 1 as singular, English 1 only. An argument is written by its type: a whole number
 * with its digits grouped ({@code 3 500}, {@code 3,500}), a {@link LocalDate} in words
 * ({@code 12 novembre 2021}, {@code 12 November 2021}), anything else as its text. In French the
 * patterns get their non-breaking spaces when read: before {@code :}, {@code ;}, {@code %},
 * {@code !}, {@code ?} and inside « ».
 *
 * <p>French is the default: any locale whose language is not English gets French. Thread-safe;
 * each file is read once.
 */
public final class Messages {

  /** A non-breaking space, the French space before « : », « ; », « % » and between digit groups. */
  public static final char NBSP = '\u00a0';

  private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();
  private static final String[] FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre"};
  private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private final Locale locale;
  private final boolean english;
  private final Map<String, List<Part>> patterns;

  private Messages(Locale locale, Map<String, List<Part>> patterns) {
    this.locale = locale;
    this.english = locale.getLanguage().equals("en");
    this.patterns = patterns;
  }

  /**
   * @param anchor a class of the package that holds the files
   * @param name the files' name without language and extension, e.g. {@code messages}
   * @param locale the language wanted; French unless its language is English
   * @return the messages
   * @throws IllegalStateException if the file is missing or a pattern is malformed
   */
  public static Messages of(Class<?> anchor, String name, Locale locale) {
    Locale language = supported(locale);
    String file = name + "_" + language.getLanguage() + ".properties";
    return LOADED.computeIfAbsent(anchor.getPackageName() + "/" + file, k -> load(anchor, file, language));
  }

  /**
   * @param locale any locale, or {@code null}
   * @return {@link Locale#ENGLISH} for English, {@link Locale#FRENCH} for anything else
   */
  public static Locale supported(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
  }

  /** @return the language of these messages, French or English */
  public Locale locale() {
    return locale;
  }

  /** @return the keys of the file, sorted */
  public Set<String> keys() {
    return new TreeSet<>(patterns.keySet());
  }

  /**
   * @param key the message's key
   * @param args its arguments
   * @return the message
   * @throws IllegalArgumentException if there is no such key
   */
  public String get(String key, Object... args) {
    List<Part> parts = patterns.get(key);
    if (parts == null) {
      throw new IllegalArgumentException("no message '" + key + "' in " + locale.getLanguage());
    }
    StringBuilder out = new StringBuilder(64);
    for (Part part : parts) {
      part.append(this, args, out);
    }
    return out.toString();
  }

  /**
   * @param n a whole number
   * @return it with digit groups: {@code 4 816 456} (non-breaking spaces), {@code 4,816,456}
   */
  public String number(long n) {
    String grouped = French.number(n);
    return english ? grouped.replace(' ', ',') : grouped.replace(' ', NBSP);
  }

  /**
   * @param fraction 0 to 1
   * @return the percentage with one decimal: {@code 23,4 %} (a non-breaking space), {@code 23.4%}
   */
  public String percent(double fraction) {
    String french = French.percent(fraction);
    return english ? french.replace(',', '.').replace(" %", "%") : french.replace(' ', NBSP);
  }

  /**
   * @param fraction 0 to 1
   * @return the whole percentage: {@code 23 %}, {@code 23%}
   */
  public String wholePercent(double fraction) {
    long whole = Math.round(fraction * 100);
    return english ? whole + "%" : whole + "" + NBSP + "%";
  }

  /**
   * @param date a date
   * @return it in words: {@code 1er mars 2026}, {@code 12 novembre 2021}, {@code 12 November 2021}
   */
  public String date(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue() - 1;
    if (english) {
      return day + " " + ENGLISH_MONTHS[month] + " " + date.getYear();
    }
    return (day == 1 ? "1er" : Integer.toString(day)) + NBSP + FRENCH_MONTHS[month] + " " + date.getYear();
  }

  /**
   * @param items words or codes
   * @return them joined: {@code A, B et C}, {@code A, B and C}
   */
  public String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + (english ? " and " : " et ")
        + items.get(items.size() - 1);
  }

  private String text(Object arg) {
    if (arg instanceof Long || arg instanceof Integer || arg instanceof Short) {
      return number(((Number) arg).longValue());
    }
    if (arg instanceof LocalDate d) {
      return date(d);
    }
    return String.valueOf(arg);
  }

  private boolean singular(long n) {
    return english ? n == 1 : n == 0 || n == 1;
  }

  private static Messages load(Class<?> anchor, String file, Locale language) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(anchor.getPackageName().replace('.', '/') + "/" + file + " is missing");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    boolean french = !language.getLanguage().equals("en");
    Map<String, List<Part>> patterns = new java.util.HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      String pattern = properties.getProperty(key);
      try {
        patterns.put(key, parse(french ? typography(pattern) : pattern));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(file + ": " + key + ": " + e.getMessage(), e);
      }
    }
    return new Messages(language, Map.copyOf(patterns));
  }

  /** The French spaces: non-breaking before the high punctuation and « % », and inside « ». */
  static String typography(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      boolean before = i + 1 < pattern.length() && ":;%!?»".indexOf(pattern.charAt(i + 1)) >= 0;
      boolean after = i > 0 && pattern.charAt(i - 1) == '«';
      out.append(c == ' ' && (before || after) ? NBSP : c);
    }
    return out.toString();
  }

  // A pattern, parsed once: text, arguments and plurals.
  private interface Part {
    void append(Messages m, Object[] args, StringBuilder out);
  }

  private record Literal(String text) implements Part {
    public void append(Messages m, Object[] args, StringBuilder out) {
      out.append(text);
    }
  }

  private record Argument(int index) implements Part {
    public void append(Messages m, Object[] args, StringBuilder out) {
      out.append(m.text(argument(args, index)));
    }
  }

  private record Plural(int index, List<Part> one, List<Part> other) implements Part {
    public void append(Messages m, Object[] args, StringBuilder out) {
      Object arg = argument(args, index);
      if (!(arg instanceof Number n)) {
        throw new IllegalArgumentException("argument " + index + " of a plural is not a number: " + arg);
      }
      for (Part p : m.singular(n.longValue()) ? one : other) {
        p.append(m, args, out);
      }
    }
  }

  private static Object argument(Object[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException("argument " + index + " is missing");
    }
    return args[index];
  }

  static List<Part> parse(String pattern) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c != '{') {
        if (c == '}') {
          throw new IllegalArgumentException("unbalanced } at " + i + " in: " + pattern);
        }
        text.append(c);
        i++;
        continue;
      }
      int end = closing(pattern, i);
      if (text.length() > 0) {
        parts.add(new Literal(text.toString()));
        text.setLength(0);
      }
      parts.add(placeholder(pattern.substring(i + 1, end), pattern));
      i = end + 1;
    }
    if (text.length() > 0) {
      parts.add(new Literal(text.toString()));
    }
    return List.copyOf(parts);
  }

  private static Part placeholder(String body, String pattern) {
    int comma = body.indexOf(',');
    int index = index(comma < 0 ? body : body.substring(0, comma), pattern);
    if (comma < 0) {
      return new Argument(index);
    }
    String rest = body.substring(comma + 1);
    if (!rest.startsWith("plural,")) {
      throw new IllegalArgumentException("only {n} and {n,plural,…} are known, not {" + body + "}");
    }
    List<Part> one = null;
    List<Part> other = null;
    String cases = rest.substring("plural,".length());
    int i = 0;
    while (i < cases.length()) {
      int open = cases.indexOf('{', i);
      if (open < 0) {
        if (!cases.substring(i).isBlank()) {
          throw new IllegalArgumentException("stray text in a plural: " + pattern);
        }
        break;
      }
      String selector = cases.substring(i, open).strip();
      int close = closing(cases, open);
      List<Part> branch = numbered(parse(cases.substring(open + 1, close)), index);
      switch (selector) {
        case "one" -> one = branch;
        case "other" -> other = branch;
        default -> throw new IllegalArgumentException("a plural has cases one and other, not " + selector);
      }
      i = close + 1;
    }
    if (one == null || other == null) {
      throw new IllegalArgumentException("a plural needs both one{…} and other{…}: " + pattern);
    }
    return new Plural(index, one, other);
  }

  /** A plural's branch with each {@code #} of its text as the plural's argument, split once when parsed. */
  private static List<Part> numbered(List<Part> branch, int index) {
    List<Part> out = new ArrayList<>();
    for (Part p : branch) {
      if (p instanceof Literal l && l.text().indexOf('#') >= 0) {
        String[] pieces = l.text().split("#", -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            out.add(new Argument(index));
          }
          if (!pieces[i].isEmpty()) {
            out.add(new Literal(pieces[i]));
          }
        }
      } else {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  private static int index(String digits, String pattern) {
    try {
      return Integer.parseInt(digits.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("{" + digits + "} is not an argument number in: " + pattern);
    }
  }

  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced { in: " + s);
  }
}
