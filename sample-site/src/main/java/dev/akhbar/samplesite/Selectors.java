package dev.akhbar.samplesite;

import java.util.Objects;

/**
 * CSS selectors (jsoup syntax) that find an outlet's article parts when the page carries no
 * structured data. {@code body} selects the paragraphs, in order.
 */
public record Selectors(String title, String body, String date, String author) {

  public Selectors {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
