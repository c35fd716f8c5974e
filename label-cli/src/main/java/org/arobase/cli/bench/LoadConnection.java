package org.arobase.cli.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * One client of the service's load: a kept-alive HTTP/1.1 connection that posts JSON and reads the
 * whole answer, as {@code wrk} does. The load shares the cores with the server it measures, so it
 * must cost little: the JDK's {@code HttpClient}, on these two cores, spends more than the service
 * it calls (docs/SERVE.md). Not thread-safe: one per client.
 */
final class LoadConnection implements Closeable {

  /** The longest line of a status or a header read, against a server that sends no end of line. */
  private static final int MAX_LINE = 8 * 1024;

  private final String host;
  private final int port;
  private final int timeoutMs;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private byte[] body = new byte[64 * 1024];
  private int length;
  private final StringBuilder line = new StringBuilder();

  /**
   * @param address the server, {@code http://host:port/}
   * @param timeout how long a read may wait
   */
  LoadConnection(URI address, Duration timeout) {
    this.host = address.getHost();
    this.port = address.getPort();
    this.timeoutMs = (int) timeout.toMillis();
  }

  /**
   * Posts a JSON body and reads the answer whole.
   *
   * @param path the request's path, e.g. {@code /v1/rate}
   * @param json the body
   * @return the answer's status; its body is {@link #body()}
   * @throws IOException when the connection fails or the answer is not HTTP/1.1; the connection is
   *     then closed, and the next request opens a new one
   */
  int post(String path, byte[] json) throws IOException {
    try {
      if (socket == null) {
        open();
      }
      String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
          + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(json);
      out.flush();
      return read();
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /** @return whether the body of the last answer is these bytes */
  boolean bodyEquals(byte[] expected) {
    return Arrays.equals(body, 0, length, expected, 0, expected.length);
  }

  /** @return the body of the last answer, as text (for a message) */
  String body() {
    return new String(body, 0, length, StandardCharsets.UTF_8);
  }

  private void open() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(timeoutMs);
    s.connect(new InetSocketAddress(host, port), timeoutMs);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
    out = new BufferedOutputStream(s.getOutputStream(), 64 * 1024);
  }

  /** Reads the status line, the headers and the body, of a fixed length or in chunks. */
  private int read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        throw new IOException("not a header: " + header);
      }
      String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closes = value.contains("close");
        default -> { }
      }
    }
    length = 0;
    if (chunked) {
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        append(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (contentLength >= 0) {
      if (contentLength > Integer.MAX_VALUE - 8) {
        throw new IOException("an answer too large: " + contentLength + " bytes");
      }
      append((int) contentLength);
    } else {
      throw new IOException("an answer with neither a length nor chunks");
    }
    if (closes) {
      close();
    }
    return code;
  }

  private int chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
  }

  /** Reads {@code n} bytes of the body after those already read. */
  private void append(int n) throws IOException {
    if (length + n > body.length) {
      body = Arrays.copyOf(body, Math.max(length + n, body.length * 2));
    }
    int got = in.readNBytes(body, length, n);
    if (got < n) {
      throw new EOFException("the answer ends after " + (length + got) + " bytes of its body");
    }
    length += n;
  }

  /** @return the next line, without its CRLF */
  private String line() throws IOException {
    line.setLength(0);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed in the middle of an answer");
      }
      if (c != '\r') {
        line.append((char) c);
      }
      if (line.length() > MAX_LINE) {
        throw new IOException("a line of the answer is longer than " + MAX_LINE + " bytes");
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing is all that is left to do.
      }
      socket = null;
    }
  }
}
