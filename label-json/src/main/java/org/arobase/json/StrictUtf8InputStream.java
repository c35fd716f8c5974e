package org.arobase.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes the bytes of a JSON text through unchanged, refusing any that is not well-formed UTF-8
 * (Unicode 15, table 3-7): overlong forms ({@code C0 BC} for {@code <}, {@code E0 80 AF}),
 * surrogates encoded as bytes (CESU-8, {@code ED A0 80}), code points beyond U+10FFFF, stray or
 * missing continuation bytes, a sequence cut by the end. Jackson alone decodes overlong forms.
 *
 * <p>The bytes before a bad sequence are delivered first, so that the parser reaches it, and the
 * next read throws a {@link CharConversionException}: the parser's location and the reader's
 * pointer are then those of the bad bytes. A text that starts with a UTF-16 or UTF-32 byte order
 * mark, or with a zero byte in its first four (Jackson's detection of UTF-16/32 without one), is
 * passed through unchecked, as Jackson decodes it itself.
 */
final class StrictUtf8InputStream extends FilterInputStream {

  /**
   * Bytes that are not UTF-8: the English text as the exception's message, and the key and
   * arguments of the reader's catalogue, for a message in any language.
   */
  static final class InvalidUtf8 extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final String key;
    @SuppressWarnings("serial") // numbers and texts only; Java serialization is not a use case
    private final Object[] arguments;

    InvalidUtf8(String english, String key, Object... arguments) {
      super(english);
      this.key = key;
      this.arguments = arguments;
    }

    String key() {
      return key;
    }

    Object[] arguments() {
      return arguments.clone();
    }

    /** @return a new exception of the same problem, each read that fails throwing its own */
    InvalidUtf8 again() {
      return new InvalidUtf8(getMessage(), key, arguments);
    }
  }

  private final byte[] single = new byte[1];
  /** The first bytes, read ahead to tell the encoding; delivered before the rest. */
  private byte[] head;
  private int headAt;
  private boolean checking = true;
  private boolean started;
  /** Continuation bytes still expected in the current sequence. */
  private int remaining;
  /** The bounds of the next continuation byte, unsigned. */
  private int low = 0x80;
  private int high = 0xBF;
  private long offset;
  private long sequenceStart;
  private InvalidUtf8 error;

  StrictUtf8InputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int n = read(single, 0, 1);
    return n < 0 ? -1 : single[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (error != null) {
      throw error.again();
    }
    if (!started) {
      start();
    }
    int n;
    if (head != null && headAt < head.length) {
      n = Math.min(len, head.length - headAt);
      System.arraycopy(head, headAt, b, off, n);
      headAt += n;
    } else {
      n = in.read(b, off, len);
    }
    if (!checking) {
      return n;
    }
    if (n < 0) {
      if (remaining > 0) {
        error = new InvalidUtf8("invalid UTF-8: the sequence that starts at byte " + sequenceStart
            + " is cut by the end of the input", "utf8.cut", sequenceStart);
        throw error.again();
      }
      return n;
    }
    int i = 0;
    while (i < n) {
      if (remaining == 0) {
        // A run of ASCII, most of a dossier, needs no check: skip it in one pass.
        int ascii = i;
        while (ascii < n && b[off + ascii] >= 0) {
          ascii++;
        }
        offset += ascii - i;
        i = ascii;
        if (i == n) {
          break;
        }
      }
      if (!accept(b[off + i] & 0xFF)) {
        if (i == 0) {
          throw error.again();
        }
        // The good bytes first; the next read throws.
        return i;
      }
      offset++;
      i++;
    }
    return n;
  }

  /** Reads up to four bytes to tell UTF-8 from UTF-16/32. */
  private void start() throws IOException {
    started = true;
    byte[] first = new byte[4];
    int got = 0;
    while (got < 4) {
      int n = in.read(first, got, 4 - got);
      if (n < 0) {
        break;
      }
      got += n;
    }
    head = java.util.Arrays.copyOf(first, got);
    boolean utf16or32 = got >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
    for (int i = 0; i < got && !utf16or32; i++) {
      utf16or32 = head[i] == 0;
    }
    checking = !utf16or32;
  }

  /** @return whether {@code c} continues a well-formed text; otherwise {@link #error} says why */
  private boolean accept(int c) {
    if (remaining > 0) {
      if (c < low || c > high) {
        error = new InvalidUtf8(String.format("invalid UTF-8: byte %02X at byte %d does not continue the sequence that"
            + " starts at byte %d (an overlong form, an encoded surrogate or a code point beyond U+10FFFF)", c, offset,
            sequenceStart), "utf8.continuation", String.format("%02X", c), offset, sequenceStart);
        return false;
      }
      remaining--;
      low = 0x80;
      high = 0xBF;
      return true;
    }
    sequenceStart = offset;
    if (c < 0x80) {
      return true;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      remaining = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      remaining = 2;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      remaining = 3;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      boolean overlong = c == 0xC0 || c == 0xC1;
      error = new InvalidUtf8(String.format(overlong
          ? "invalid UTF-8: byte %02X at byte %d starts an overlong form, which UTF-8 forbids"
          : "invalid UTF-8: byte %02X at byte %d cannot start a character", c, offset),
          overlong ? "utf8.overlong" : "utf8.start", String.format("%02X", c), offset);
      return false;
    }
    return true;
  }

  @Override
  public long skip(long n) throws IOException {
    // Every byte must be checked: skipping reads.
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int got = read(buffer, 0, buffer.length);
    return Math.max(got, 0);
  }

  @Override
  public int available() throws IOException {
    return head != null && headAt < head.length ? head.length - headAt : in.available();
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
