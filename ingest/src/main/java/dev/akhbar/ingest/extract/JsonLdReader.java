package dev.akhbar.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article of a page's JSON-LD ({@code <script type="application/ld+json">}): the first object,
 * searched through arrays and {@code @graph}, whose {@code @type} is a news or article type. Its
 * {@code headline}, {@code articleBody}, {@code datePublished}, {@code dateModified}, {@code
 * author}, {@code articleSection}, {@code image} and {@code inLanguage} are read. JSON that does
 * not parse, even leniently (comments, trailing commas, raw control characters are tolerated), is
 * skipped and reported as {@link Outcome#invalid()}.
 */
final class JsonLdReader {

  /** The most JSON nodes visited in one script, against huge or hostile documents. */
  static final int MAX_NODES = 20_000;

  /** Article types, best first: a NewsArticle beats a generic Article on the same page. */
  static final List<String> ARTICLE_TYPES =
      List.of(
          "NewsArticle",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "LiveBlogPosting",
          "Article",
          "Report",
          "BlogPosting",
          "SatiricalArticle",
          "TechArticle");

  private static final Set<String> TYPES = Set.copyOf(ARTICLE_TYPES);

  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private JsonLdReader() {}

  /** What the JSON-LD of a page gave: the fields, and whether some script could not be read. */
  record Outcome(ArticleFields fields, boolean found, boolean invalid) {}

  static Outcome read(Document doc, ZoneId zone) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    boolean invalid = false;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = LENIENT.readTree(script.data().strip());
      } catch (JsonProcessingException e) {
        invalid = true;
        continue;
      }
      if (root == null) {
        continue;
      }
      JsonNode candidate = findArticle(root);
      if (candidate != null) {
        int rank = rank(candidate);
        boolean better =
            rank < bestRank
                || (rank == bestRank
                    && !hasText(best, "articleBody")
                    && hasText(candidate, "articleBody"));
        if (better) {
          best = candidate;
          bestRank = rank;
        }
      }
    }
    if (best == null) {
      return new Outcome(ArticleFields.empty(), false, invalid);
    }
    return new Outcome(fields(best, doc, zone), true, invalid);
  }

  private static ArticleFields fields(JsonNode a, Document doc, ZoneId zone) {
    String title = text(a, "headline").orElseGet(() -> text(a, "name").orElse(null));
    String body = text(a, "articleBody").map(JsonLdReader::bodyText).orElse(null);
    Instant published =
        text(a, "datePublished")
            .or(() -> text(a, "dateCreated"))
            .flatMap(s -> NewsDates.parse(s, zone))
            .orElse(null);
    Instant modified = text(a, "dateModified").flatMap(s -> NewsDates.parse(s, zone)).orElse(null);
    String publisher = a.path("publisher").path("name").asText("");
    List<String> bylines = new ArrayList<>();
    for (JsonNode author : each(a.has("author") ? a.get("author") : a.path("creator"))) {
      if (author.isTextual()) {
        bylines.add(author.asText());
      } else if (author.isObject()) {
        // Authors are people: an agency or the outlet credited as author is not one.
        boolean organization =
            typeNames(author).stream()
                .anyMatch(t -> t.endsWith("Organization") || t.equals("NewsMediaOrganization"));
        String name = author.path("name").asText("");
        if (!organization && !name.equals(publisher)) {
          bylines.add(name);
        }
      }
    }
    String section = null;
    for (JsonNode s : each(a.path("articleSection"))) {
      if (s.isTextual() && !s.asText().isBlank()) {
        section = s.asText();
        break;
      }
    }
    String image = null;
    for (JsonNode i : each(a.path("image"))) {
      String url =
          i.isTextual() ? i.asText() : i.path("url").asText(i.path("contentUrl").asText(""));
      if (!url.isBlank()) {
        image = Links.absolute(doc, url).orElse(null);
        break;
      }
    }
    String language = text(a, "inLanguage").orElse(null);
    return new ArticleFields(
        title == null ? null : Parser.unescapeEntities(title, false),
        body,
        published,
        modified,
        Bylines.names(bylines),
        section,
        image,
        language);
  }

  /** articleBody is meant to be plain text, but some sites put HTML or entities in it. */
  private static String bodyText(String raw) {
    if (raw.contains("<") && raw.contains(">")) {
      return PlainText.of(org.jsoup.Jsoup.parseBodyFragment(raw).body());
    }
    return String.join("\n\n", PlainText.paragraphsOf(Parser.unescapeEntities(raw, false)));
  }

  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> stack = new ArrayDeque<>();
    stack.push(root);
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    int visited = 0;
    while (!stack.isEmpty() && visited++ < MAX_NODES) {
      JsonNode node = stack.pop();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(node.get(i));
        }
      } else if (node.isObject()) {
        int rank = rank(node);
        if (rank < bestRank) {
          best = node;
          bestRank = rank;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          stack.push(graph);
        }
        JsonNode mainEntity = node.get("mainEntity");
        if (mainEntity != null) {
          stack.push(mainEntity);
        }
      }
    }
    return best;
  }

  private static int rank(JsonNode node) {
    int rank = Integer.MAX_VALUE;
    for (String type : typeNames(node)) {
      if (TYPES.contains(type)) {
        rank = Math.min(rank, ARTICLE_TYPES.indexOf(type));
      }
    }
    return rank;
  }

  private static List<String> typeNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (JsonNode t : each(node.path("@type"))) {
      String s = t.asText("");
      int slash = s.lastIndexOf('/');
      names.add(slash >= 0 ? s.substring(slash + 1) : s);
    }
    return names;
  }

  private static Iterable<JsonNode> each(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(items::add);
      return items;
    }
    return List.of(node);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isObject() && v.has("@value")) {
      v = v.get("@value");
    }
    return v.isValueNode() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static boolean hasText(JsonNode node, String field) {
    return node != null && text(node, field).isPresent();
  }
}
