package dev.akhbar.app.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reading a command's input text from stdin, with a limit so that a stray pipe cannot exhaust
 * memory.
 */
final class StdinText {

  /** The most bytes read from stdin: far above an article, under the text module's own limit. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private StdinText() {}

  /** All of stdin as UTF-8 (malformed bytes become U+FFFD), at most {@link #MAX_BYTES}. */
  static String read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new dev.akhbar.app.UsageException(
          "stdin is longer than " + MAX_BYTES + " bytes; split the input");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
