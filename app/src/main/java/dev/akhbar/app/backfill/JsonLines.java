package dev.akhbar.app.backfill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON Lines file line by line as bytes, so that a line of invalid UTF-8 is reported as
 * that line's problem instead of failing the whole file. A trailing {@code \r} is dropped.
 */
public final class JsonLines implements AutoCloseable {

  /** The longest line read; a longer one is cut and reported as too long. */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
  private long lineNumber;
  private boolean eof;

  public JsonLines(InputStream in) {
    this.in = in;
  }

  /** One line of the file: its 1-based number and bytes, and whether it was over the limit. */
  public record Line(long number, byte[] bytes, boolean tooLong) {
    public boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** The next line, or null at the end of the file. */
  public Line next() throws IOException {
    if (eof) {
      return null;
    }
    line.reset();
    boolean tooLong = false;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (line.size() < MAX_LINE_BYTES) {
        line.write(b);
      } else {
        tooLong = true;
      }
    }
    if (b == -1) {
      eof = true;
      if (line.size() == 0) {
        return null;
      }
    }
    lineNumber++;
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(lineNumber, bytes, tooLong);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
