package dev.akhbar.ingest.discover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.akhbar.ingest.fetch.WebAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the article links of a feed: RSS 0.9x/1.0/2.0 and Atom through ROME, JSON Feed 1.x through
 * Jackson. XML is parsed with DOCTYPE declarations refused, so external entities and entity
 * expansion (XXE, billion laughs) cannot happen: such a feed is an unreadable feed.
 */
public final class FeedReader {

  /** The most items read from one feed; news feeds list 10 to 100. */
  public static final int MAX_ITEMS = 1_000;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private FeedReader() {}

  /**
   * The items of the feed in {@code body}, fetched from {@code feedUrl}.
   *
   * @param contentType the HTTP Content-Type as sent (may be empty)
   * @throws UnreadableException when the body is no feed, or a refused one
   */
  public static List<Candidate> read(byte[] body, String contentType, String feedUrl)
      throws UnreadableException {
    URI base = WebAddress.parse(feedUrl).orElseThrow(() -> new IllegalArgumentException("feedUrl"));
    return looksLikeJson(body, contentType)
        ? readJson(body, base)
        : readXml(body, contentType, base);
  }

  private static List<Candidate> readXml(byte[] body, String contentType, URI base)
      throws UnreadableException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    SyndFeed feed;
    try (XmlReader reader =
        new XmlReader(
            new ByteArrayInputStream(body), contentType.isEmpty() ? null : contentType, true)) {
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new UnreadableException("not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    List<Candidate> out = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      if (out.size() >= MAX_ITEMS) {
        break;
      }
      Instant updated = latest(entry.getUpdatedDate(), entry.getPublishedDate());
      link(entry)
          .flatMap(l -> WebAddress.resolve(base, l))
          .ifPresent(u -> out.add(new Candidate(u.toString(), updated)));
    }
    return out;
  }

  private static Optional<String> link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return Optional.of(entry.getLink());
    }
    for (SyndLink l : entry.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || "alternate".equals(l.getRel()))) {
        return Optional.of(l.getHref());
      }
    }
    String uri = entry.getUri();
    return uri != null && uri.startsWith("http") ? Optional.of(uri) : Optional.empty();
  }

  private static List<Candidate> readJson(byte[] body, URI base) throws UnreadableException {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new UnreadableException("not a readable JSON Feed: " + e.getMessage(), e);
    }
    if (root == null || !root.path("items").isArray()) {
      throw new UnreadableException("not a JSON Feed: no items array", null);
    }
    List<Candidate> out = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (out.size() >= MAX_ITEMS) {
        break;
      }
      String url = item.path("url").asText(item.path("external_url").asText(""));
      Instant updated =
          latestOf(time(item.path("date_modified")), time(item.path("date_published")));
      WebAddress.resolve(base, url).ifPresent(u -> out.add(new Candidate(u.toString(), updated)));
    }
    return out;
  }

  private static boolean looksLikeJson(byte[] body, String contentType) {
    String ct = contentType.toLowerCase(Locale.ROOT);
    if (ct.contains("json")) {
      return true;
    }
    for (byte b : body) {
      if (b == '{') {
        return true;
      }
      if (!Character.isWhitespace(b)
          && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return false;
      }
    }
    return false;
  }

  private static Instant time(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant latest(Date a, Date b) {
    return latestOf(a == null ? null : a.toInstant(), b == null ? null : b.toInstant());
  }

  private static Instant latestOf(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
