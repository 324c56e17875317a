package dev.akhbar.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A source's own CSS selectors (jsoup syntax) for the parts of its article pages, used when the
 * page's JSON-LD and meta tags do not give them. Any may be null.
 *
 * @param title the headline element
 * @param body the element(s) holding the article text; several matches are joined in order
 * @param date the element whose {@code datetime}, {@code content} or text is the publication date
 * @param author the byline element(s)
 * @param remove elements to drop from the body before reading it (share bars, inline ads)
 */
public record SelectorRules(
    String title, String body, String date, String author, List<String> remove) {

  public SelectorRules {
    remove = remove == null ? List.of() : List.copyOf(remove);
  }

  public static SelectorRules none() {
    return new SelectorRules(null, null, null, null, List.of());
  }

  public boolean isEmpty() {
    return title == null && body == null && date == null && author == null;
  }

  /** One message per selector that jsoup cannot parse, naming the key. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    check("title", title, problems);
    check("body", body, problems);
    check("date", date, problems);
    check("author", author, problems);
    for (String r : remove) {
      check("remove", r, problems);
    }
    return problems;
  }

  private static void check(String key, String css, List<String> problems) {
    if (css == null) {
      return;
    }
    invalid(css).ifPresent(m -> problems.add("selectors." + key + " '" + css + "': " + m));
  }

  private static Optional<String> invalid(String css) {
    if (css.isBlank()) {
      return Optional.of("empty selector");
    }
    try {
      QueryParser.parse(css);
      return Optional.empty();
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }
}
