package dev.akhbar.ingest.extract;

import java.util.List;

/**
 * The article read from a page, and what went wrong on the way (each a tag value of {@code
 * akhbar.extract.failures}).
 *
 * @param problems {@value #JSON_LD_INVALID} when a JSON-LD script did not parse (the other layers
 *     were used), {@value #NO_TITLE} and {@value #NO_BODY} when the page gave none
 */
public record Extraction(ExtractedArticle article, List<String> problems) {

  public static final String JSON_LD_INVALID = "json_ld_invalid";
  public static final String NO_TITLE = "no_title";
  public static final String NO_BODY = "no_body";

  public Extraction {
    problems = List.copyOf(problems);
  }
}
