package dev.akhbar.ingest.extract;

import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import dev.akhbar.ingest.fetch.WebAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article out of an HTML page. Each field comes from the first layer that has it:
 *
 * <ol>
 *   <li>JSON-LD ({@link JsonLdReader});
 *   <li>OpenGraph and meta tags ({@link MetaTagsReader}), which give no body;
 *   <li>the source's CSS selectors ({@link SelectorReader});
 *   <li>the generic reader ({@link MainContentReader}), only when a title or body is still missing,
 *       or the body is so short that it may be a summary ({@link #MIN_DECLARED_BODY_CHARS}).
 * </ol>
 *
 * The headline of any layer loses the outlet's name at either end ({@link Headline}), and no author
 * is the outlet itself ({@link SiteNames}). The canonical URL is the page's {@code <link
 * rel=canonical>} (unless it points at the site's home page, a common mistake) or else the page's
 * URL, canonicalized by {@link CanonicalUrl}. Pure and thread-safe.
 */
public final class ArticleExtractor {

  /**
   * A JSON-LD {@code articleBody} or selector body shorter than this may be a summary (sites put
   * the description there): the generic reader reads the page too, and its text wins when it
   * {@linkplain #continues continues} the short one.
   */
  public static final int MIN_DECLARED_BODY_CHARS = 400;

  /** The page's text must be this many times longer than a summary body to replace it. */
  static final int FULL_TEXT_FACTOR = 2;

  /** The opening of a summary body looked for in the page's text, in characters. */
  static final int OPENING_CHARS = 40;

  /** Longest title kept, in characters; a longer "title" is a page-wide text run. */
  public static final int MAX_TITLE_CHARS = 1_000;

  private final int maxBodyChars;

  /**
   * @param maxBodyChars longest body kept, in characters; cut at a paragraph break below it
   */
  public ArticleExtractor(int maxBodyChars) {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException("maxBodyChars must be positive, got " + maxBodyChars);
    }
    this.maxBodyChars = maxBodyChars;
  }

  /**
   * The article of {@code html}, fetched from (or standing for) {@code url}.
   *
   * @param url the page's address; a non-http one (a file) leaves the canonical URL to the page
   */
  public Extraction extract(String html, String url, PageContext context) {
    Document doc = Jsoup.parse(html, url);
    List<String> problems = new ArrayList<>();
    JsonLdReader.Outcome jsonLd = JsonLdReader.read(doc, context.zone());
    if (jsonLd.invalid()) {
      problems.add(Extraction.JSON_LD_INVALID);
    }
    List<Layer> layers = new ArrayList<>();
    layers.add(new Layer(ExtractionMethod.JSON_LD, jsonLd.fields()));
    layers.add(new Layer(ExtractionMethod.OPENGRAPH, MetaTagsReader.read(doc, context.zone())));
    layers.add(
        new Layer(
            ExtractionMethod.SELECTORS,
            SelectorReader.read(doc, context.selectors(), context.zone())));
    SiteNames site = SiteNames.of(doc, context.siteName());
    Optional<Layer> declaredBody = first(layers, ArticleFields::body);
    boolean summaryOnly =
        declaredBody.isPresent()
            && declaredBody.get().fields().body().length() < MIN_DECLARED_BODY_CHARS;
    if (first(layers, ArticleFields::title).isEmpty() || declaredBody.isEmpty() || summaryOnly) {
      layers.add(
          new Layer(ExtractionMethod.GENERIC, MainContentReader.read(doc, context.zone(), site)));
    }
    Optional<Layer> titleLayer = first(layers, ArticleFields::title);
    Optional<Layer> bodyLayer = first(layers, ArticleFields::body);
    if (summaryOnly) {
      Layer generic = layers.get(layers.size() - 1);
      if (continues(generic.fields().body(), declaredBody.get().fields().body())) {
        bodyLayer = Optional.of(generic);
      }
    }
    String title =
        titleLayer
            .map(l -> clip(Headline.clean(PlainText.collapse(l.fields().title()), site)))
            .filter(t -> !t.isEmpty())
            .orElse(null);
    String body = bodyLayer.map(l -> cut(l.fields().body())).orElse(null);
    if (title == null) {
      problems.add(Extraction.NO_TITLE);
    }
    if (body == null) {
      problems.add(Extraction.NO_BODY);
    }
    ExtractionMethod method =
        bodyLayer.isPresent() && bodyLayer.get().method() != ExtractionMethod.GENERIC
            ? bodyLayer.get().method()
            : titleLayer.map(Layer::method).orElse(ExtractionMethod.GENERIC);
    String canonical = canonicalUrl(doc, url);
    ExtractedArticle article =
        new ExtractedArticle(
            url,
            canonical,
            canonical == null ? null : ArticleId.ofCanonicalUrl(canonical),
            title,
            body,
            value(layers, ArticleFields::publishedAt),
            value(layers, ArticleFields::modifiedAt),
            authors(layers, site),
            value(layers, ArticleFields::section),
            language(layers, doc, context),
            value(layers, ArticleFields::imageUrl),
            method);
    return new Extraction(article, problems);
  }

  /**
   * Whether the page's text {@code full} is the article that {@code summary} only begins: at least
   * {@link #FULL_TEXT_FACTOR} times as long, and holding the summary's opening words.
   */
  static boolean continues(String full, String summary) {
    if (full == null || full.length() < FULL_TEXT_FACTOR * summary.length()) {
      return false;
    }
    String opening = DateText.fold(summary.substring(0, Math.min(summary.length(), OPENING_CHARS)));
    return DateText.fold(PlainText.collapse(full)).contains(PlainText.collapse(opening));
  }

  /** The canonical URL of the page, or null when neither the page nor its URL gives one. */
  static String canonicalUrl(Document doc, String url) {
    Optional<URI> page = WebAddress.parse(url);
    Element link = doc.selectFirst("link[rel~=(?i)(^|\\s)canonical($|\\s)][href]");
    if (link != null) {
      Optional<URI> declared =
          page.isPresent()
              ? WebAddress.resolve(page.get(), link.attr("href"))
              : WebAddress.parse(link.attr("href"));
      boolean homePage =
          declared.isPresent()
              && "/".equals(declared.get().getPath())
              && page.isPresent()
              && !"/".equals(page.get().getPath());
      if (declared.isPresent() && !homePage) {
        return CanonicalUrl.of(declared.get().toString());
      }
    }
    return page.map(u -> CanonicalUrl.of(u.toString())).orElse(null);
  }

  /** The first layer's authors, the outlet's own names ({@link SiteNames}) left out. */
  private static List<String> authors(List<Layer> layers, SiteNames site) {
    for (Layer l : layers) {
      List<String> names = l.fields().authors().stream().filter(a -> !site.matches(a)).toList();
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static String language(List<Layer> layers, Document doc, PageContext context) {
    String declared = value(layers, ArticleFields::language);
    if (declared == null) {
      Element html = doc.selectFirst("html[lang]");
      declared = html == null ? null : html.attr("lang");
    }
    if (declared == null || declared.isBlank()) {
      declared = context.language();
    }
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private String cut(String body) {
    if (body.length() <= maxBodyChars) {
      return body;
    }
    int br = body.lastIndexOf("\n\n", maxBodyChars);
    return body.substring(0, br > 0 ? br : maxBodyChars);
  }

  private static String clip(String title) {
    return title.length() <= MAX_TITLE_CHARS ? title : title.substring(0, MAX_TITLE_CHARS);
  }

  private static <T> T value(List<Layer> layers, Function<ArticleFields, T> field) {
    return first(layers, field).map(l -> field.apply(l.fields())).orElse(null);
  }

  private static <T> Optional<Layer> first(List<Layer> layers, Function<ArticleFields, T> field) {
    return layers.stream().filter(l -> field.apply(l.fields()) != null).findFirst();
  }

  private record Layer(ExtractionMethod method, ArticleFields fields) {}
}
