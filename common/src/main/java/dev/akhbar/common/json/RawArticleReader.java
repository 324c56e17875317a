package dev.akhbar.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a raw article from a topic value or a line of a backfill file, by the contract's rules:
 *
 * <ul>
 *   <li>the bytes are strict UTF-8 and hold one JSON object;
 *   <li>only {@code url}, {@code title} and {@code body} are required; unknown fields are ignored;
 *   <li>{@code schema_version} defaults to 1, and any other version is refused;
 *   <li>{@code canonical_url} defaults to the canonical form of {@code url} and {@code article_id}
 *       to its hash; a given {@code article_id} must match;
 *   <li>a missing {@code fetched_at} is taken from {@code published_at}, never from the clock, so
 *       that a backfill gives the same result every time;
 *   <li>times are ISO-8601; one without a zone is read as UTC, a bare date as its start in UTC;
 *   <li>a body longer than {@link #maxBodyChars()} is refused.
 * </ul>
 */
public final class RawArticleReader {

  /** Default longest body accepted, in UTF-16 chars: far above any real article (~50 KB). */
  public static final int DEFAULT_MAX_BODY_CHARS = 1_000_000;

  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private final ObjectMapper mapper = AkhbarJson.mapper();
  private final int maxBodyChars;

  public RawArticleReader(int maxBodyChars) {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException("maxBodyChars must be positive, got " + maxBodyChars);
    }
    this.maxBodyChars = maxBodyChars;
  }

  public static RawArticleReader withDefaults() {
    return new RawArticleReader(DEFAULT_MAX_BODY_CHARS);
  }

  public int maxBodyChars() {
    return maxBodyChars;
  }

  /** The raw article that {@code bytes} hold, or why they hold none. */
  public RawArticle read(byte[] bytes) throws InvalidRecordException {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidRecordException("empty record");
    }
    return read(decodeStrictUtf8(bytes));
  }

  /** The raw article that {@code json} holds, or why it holds none. */
  public RawArticle read(String json) throws InvalidRecordException {
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidRecordException(
          "not a JSON object: " + (tree == null ? "nothing" : tree.getNodeType()));
    }
    ObjectNode node = (ObjectNode) tree;
    int schemaVersion = schemaVersion(node);
    String url = requiredText(node, "url");
    requiredText(node, "title");
    String body = requiredText(node, "body");
    if (body.length() > maxBodyChars) {
      throw new InvalidRecordException(
          "body has " + body.length() + " characters, the limit is " + maxBodyChars);
    }
    String canonical;
    try {
      String given = optionalText(node, "canonical_url");
      canonical = CanonicalUrl.of(given != null ? given : url);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(e.getMessage(), e);
    }
    String id = ArticleId.ofCanonicalUrl(canonical);
    String givenId = optionalText(node, "article_id");
    if (givenId != null && !givenId.equals(id)) {
      throw new InvalidRecordException(
          "article_id " + givenId + " is not the SHA-256 of canonical_url " + canonical);
    }
    node.put("schema_version", schemaVersion);
    node.put("canonical_url", canonical);
    node.put("article_id", id);
    normalizeTime(node, "published_at");
    normalizeTime(node, "modified_at");
    normalizeTime(node, "fetched_at");
    if (node.path("fetched_at").isNull() || node.path("fetched_at").isMissingNode()) {
      node.set("fetched_at", node.get("published_at"));
    }
    try {
      return mapper.treeToValue(node, RawArticle.class);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("wrong shape: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("wrong shape: " + e.getMessage(), e);
    }
  }

  /**
   * The text of {@code bytes}, which must be well-formed UTF-8. The JDK's lenient decoding is
   * several times faster than a reporting decoder and replaces every malformed sequence by U+FFFD;
   * so text without U+FFFD was well-formed, and only text with one (malformed, or holding the
   * character itself) is decoded again strictly to tell which.
   */
  private static String decodeStrictUtf8(byte[] bytes) throws InvalidRecordException {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf(REPLACEMENT_CHARACTER) < 0) {
      return lenient;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRecordException("not valid UTF-8: " + e.getMessage(), e);
    }
  }

  private static int schemaVersion(ObjectNode node) throws InvalidRecordException {
    JsonNode v = node.get("schema_version");
    if (v == null || v.isNull()) {
      return RawArticle.SCHEMA_VERSION;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new InvalidRecordException("schema_version must be an integer, got: " + v);
    }
    if (v.intValue() != RawArticle.SCHEMA_VERSION) {
      throw new InvalidRecordException(
          "unknown schema_version "
              + v.intValue()
              + " (this reader knows "
              + RawArticle.SCHEMA_VERSION
              + ")");
    }
    return v.intValue();
  }

  private static String requiredText(ObjectNode node, String field) throws InvalidRecordException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new InvalidRecordException("missing required field '" + field + "'");
    }
    if (!v.isTextual()) {
      throw new InvalidRecordException(
          "field '" + field + "' must be a string, got " + v.getNodeType());
    }
    return v.textValue();
  }

  private static String optionalText(ObjectNode node, String field) throws InvalidRecordException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidRecordException(
          "field '" + field + "' must be a string, got " + v.getNodeType());
    }
    return v.textValue().isBlank() ? null : v.textValue();
  }

  private static void normalizeTime(ObjectNode node, String field) throws InvalidRecordException {
    String text = optionalText(node, field);
    if (text == null) {
      node.putNull(field);
      return;
    }
    node.put(field, parseInstant(field, text.strip()).toString());
  }

  /** ISO-8601 with or without zone, or a bare date; always an instant in UTC. */
  static Instant parseInstant(String field, String text) throws InvalidRecordException {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException ignored) {
      // not with an offset; try the forms without one
    }
    try {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // not a local date-time either
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          "field '" + field + "' is not an ISO-8601 time: '" + text + "'", e);
    }
  }
}
