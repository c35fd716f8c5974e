package org.arobase.cli;

/** A problem with the command line itself (exit code 2): a path that does not exist, rules that do not compile. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
