package dev.akhbar.processor.tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The topic an outlet gives a story by filing it in a section: its section name (breadcrumb,
 * JSON-LD articleSection) or a segment of its URL path (/sport/, /iqtisad/). Rows of {@code
 * sections.tsv} are {@code source TAB name TAB topic}, source {@code *} for every outlet; a row for
 * one source wins over the row for all.
 */
final class SectionTopics {

  static final String RESOURCE = "dev/akhbar/processor/tag/sections.tsv";
  static final String ANY_SOURCE = "*";

  private final Map<String, Topic> byKey;

  private SectionTopics(Map<String, Topic> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  static SectionTopics load() {
    Map<String, Topic> byKey = new HashMap<>();
    for (String[] row : ResourceLines.read(RESOURCE)) {
      String code = ResourceLines.field(row, 2);
      Topic topic =
          Topic.fromCode(code)
              .orElseThrow(() -> new IllegalStateException("unknown topic in sections: " + code));
      byKey.put(key(row[0], row[1]), topic);
    }
    return new SectionTopics(byKey);
  }

  /** The topic of a section name or URL, for a source (either may be null). */
  Optional<Topic> find(String section, String url, String sourceId) {
    if (section != null && !section.isBlank()) {
      Optional<Topic> bySection = lookup(sourceId, section);
      if (bySection.isPresent()) {
        return bySection;
      }
    }
    if (url != null) {
      String path = pathOf(url);
      for (String segment : path.split("[/]")) {
        if (segment.isEmpty()) {
          continue;
        }
        Optional<Topic> bySegment = lookup(sourceId, segment);
        if (bySegment.isPresent()) {
          return bySegment;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Topic> lookup(String sourceId, String name) {
    if (sourceId != null) {
      Topic own = byKey.get(key(sourceId, name));
      if (own != null) {
        return Optional.of(own);
      }
    }
    return Optional.ofNullable(byKey.get(key(ANY_SOURCE, name)));
  }

  private static String key(String source, String name) {
    return source + "\t" + MatchForm.of(decode(name).toLowerCase(Locale.ROOT));
  }

  private static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    if (start < 0) {
      return "";
    }
    int end = url.length();
    for (char stop : new char[] {'?', '#'}) {
      int i = url.indexOf(stop, start);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    return url.substring(start, end);
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
