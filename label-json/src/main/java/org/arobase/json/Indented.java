package org.arobase.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * The indented layout of the JSON that {@link LabelJson} writes: two spaces a level, {@code "\n"}
 * line breaks, {@code " : "} between a name and its value, {@code "[ ]"} and {@code "{ }"} when
 * empty; the layout of Jackson's {@code DefaultPrettyPrinter} with a {@code DefaultIndenter("  ", "\n")}
 * for objects and arrays, byte for byte. A separator, its line break and the indentation of the next
 * line go out as one raw write of bytes encoded once, where Jackson's printer makes three writes of
 * characters: a decision has thousands of them. One per generator: it counts the levels.
 */
final class Indented implements PrettyPrinter {

  /** {@code ",\n"} then spaces: a slice of it is a separator, a line break and the indentation of a level. */
  private static final char[] LINES = lines(128);
  private static final char[] NAME_VALUE = {' ', ':', ' '};
  /** The levels whose lines are encoded once; a deeper one is written from {@link #LINES}. */
  private static final int ENCODED_LEVELS = 32;
  /** By level: a line break and its indentation, then the same after a comma. */
  private static final SerializableString[] LINE = encoded(1);
  private static final SerializableString[] COMMA_LINE = encoded(0);

  private int level;

  private static char[] lines(int spaces) {
    char[] lines = new char[2 + spaces];
    lines[0] = ',';
    lines[1] = '\n';
    Arrays.fill(lines, 2, lines.length, ' ');
    return lines;
  }

  private static SerializableString[] encoded(int from) {
    SerializableString[] lines = new SerializableString[ENCODED_LEVELS];
    for (int level = 0; level < ENCODED_LEVELS; level++) {
      lines[level] = new SerializedString(new String(LINES, from, 2 - from + 2 * level));
    }
    return lines;
  }

  /** Writes a comma when asked, a line break, and the indentation of the current level. */
  private void line(JsonGenerator g, boolean comma) throws IOException {
    if (level < ENCODED_LEVELS) {
      g.writeRaw(comma ? COMMA_LINE[level] : LINE[level]);
      return;
    }
    int from = comma ? 0 : 1;
    int spaces = 2 * level;
    int fits = Math.min(spaces, LINES.length - 2);
    g.writeRaw(LINES, from, 2 - from + fits);
    for (int left = spaces - fits; left > 0; left -= LINES.length - 2) {
      g.writeRaw(LINES, 2, Math.min(left, LINES.length - 2));
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    line(g, false);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(NAME_VALUE, 0, NAME_VALUE.length);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    line(g, true);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    level--;
    end(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    level++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    line(g, false);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    line(g, true);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    level--;
    end(g, values, ']');
  }

  private void end(JsonGenerator g, int count, char bracket) throws IOException {
    if (count > 0) {
      line(g, false);
    } else {
      g.writeRaw(' ');
    }
    g.writeRaw(bracket);
  }
}
