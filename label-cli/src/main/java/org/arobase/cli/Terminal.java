package org.arobase.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What the command line prints for people: text with its control characters escaped, so that an
 * id or a source holding {@code \u001b[2J} cannot clear or drive the terminal, and I/O problems
 * as plain sentences rather than Java exception names. JSON outputs need neither: the JSON writer
 * escapes control characters already.
 */
final class Terminal {

  private Terminal() {}

  /**
   * @param text any text from the input (an id, a source, a message quoting the dossier)
   * @return the text with every C0 control character (tab and line feed included), DEL and C1
   *     control character shown as {@code \}{@code uXXXX}; the same string when there is none
   */
  static String safe(String text) {
    if (text == null) {
      return "null";
    }
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * @param text a message of several lines, each of which is escaped
   * @return the lines escaped, still separated by line feeds
   */
  static String safeLines(String text) {
    if (text == null) {
      return "null";
    }
    String[] lines = text.split("\r?\n", -1);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(safe(lines[i]));
    }
    return sb.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f;
  }

  /**
   * @param e a problem reading or listing a file
   * @return what happened, in a sentence without a Java class name
   */
  static String describe(IOException e) {
    String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : null;
    if (e instanceof AccessDeniedException) {
      return "permission denied" + (file == null ? "" : ": " + file);
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory" + (file == null ? "" : ": " + file);
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop" + (file == null ? "" : ": " + file);
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory" + (file == null ? "" : ": " + file);
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      return (f.getReason() == null ? "cannot be read" : f.getReason()) + (file == null ? "" : ": " + file);
    }
    return e.getMessage() == null ? "cannot be read" : e.getMessage();
  }
}
