package org.arobase.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read as a stream, at most a number of bytes: past them, reading fails and
 * {@link #exceeded()} says so, so that a body too large is refused ({@code 413}) without ever being
 * held in memory whole.
 */
final class BoundedBody extends FilterInputStream {

  /** Thrown, once the limit is passed, to whoever reads the body. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("the body has more than " + limit + " bytes");
    }
  }

  private final long limit;
  private long read;
  private boolean exceeded;

  BoundedBody(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** @return whether the body went past the limit */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws TooLarge {
    read += n;
    if (read > limit) {
      exceeded = true;
      throw new TooLarge(limit);
    }
  }

  /**
   * Reads and drops what is left of the body, at most {@code most} bytes, so that a client still
   * sending a body too large gets the answer rather than a connection reset: a server that closes a
   * connection with bytes unread makes the client's system drop the answer.
   *
   * @param most how many bytes to drop at most; a body larger still is cut off
   */
  void discard(long most) {
    byte[] sink = new byte[64 * 1024];
    long dropped = 0;
    try {
      int n;
      while (dropped < most && (n = in.read(sink, 0, (int) Math.min(sink.length, most - dropped))) > 0) {
        dropped += n;
      }
    } catch (IOException e) {
      // The client went away: there is no one left to answer.
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
