package dev.akhbar.sink.internal;

import java.sql.SQLException;

/**
 * A failure as one short line for logs and dead letters. A JDBC batch failure is described by the
 * database's own error (its next exception), not by the driver's message, which repeats the whole
 * statement with every value bound to it: an article's body, and any NUL character that made the
 * database refuse it.
 */
final class ErrorText {

  /** Longer descriptions are cut: a description is for a person, the original holds the data. */
  static final int MAX_CHARS = 2_000;

  private ErrorText() {}

  /** The most specific error: the last of a chain of SQL exceptions, else the failure itself. */
  static Throwable mostSpecific(Throwable failure) {
    Throwable specific = failure;
    while (specific instanceof SQLException sql
        && sql.getNextException() != null
        && sql.getNextException() != specific) {
      specific = sql.getNextException();
    }
    return specific;
  }

  /**
   * The message of {@link #mostSpecific}, control characters made spaces, at most {@value
   * #MAX_CHARS} chars.
   */
  static String of(Throwable failure) {
    Throwable specific = mostSpecific(failure);
    String message =
        specific.getMessage() == null ? specific.getClass().getName() : specific.getMessage();
    return clean(message);
  }

  /** {@code text} with control characters (NUL included) made spaces and cut to length. */
  static String clean(String text) {
    String printable = printable(text);
    return printable.length() <= MAX_CHARS
        ? printable
        : printable.substring(0, MAX_CHARS - 1) + "…";
  }

  /** {@code text} with control characters (NUL included) made spaces. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
