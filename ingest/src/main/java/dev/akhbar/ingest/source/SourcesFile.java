package dev.akhbar.ingest.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The sources file exactly as written; every key it may hold is a field here. Plain fields rather
 * than records: Jackson then reads keys one by one and reports an unknown key at its own line,
 * where a record's creator would buffer the whole entry first.
 */
final class SourcesFile {

  @JsonProperty("defaults")
  Defaults defaults;

  @JsonProperty("sources")
  List<Entry> sources;

  /** Settings every source takes unless it says otherwise. */
  static final class Defaults {
    @JsonProperty("poll_interval")
    String pollInterval;

    @JsonProperty("language")
    String language;

    @JsonProperty("time_zone")
    String timeZone;

    @JsonProperty("max_articles_per_poll")
    Integer maxArticlesPerPoll;
  }

  /** One source as written. */
  static final class Entry {
    @JsonProperty("id")
    String id;

    @JsonProperty("name")
    String name;

    @JsonProperty("home")
    String home;

    @JsonProperty("feeds")
    List<String> feeds;

    @JsonProperty("sitemaps")
    List<String> sitemaps;

    @JsonProperty("selectors")
    Selectors selectors;

    @JsonProperty("poll_interval")
    String pollInterval;

    @JsonProperty("language")
    String language;

    @JsonProperty("time_zone")
    String timeZone;

    @JsonProperty("enabled")
    Boolean enabled;

    @JsonProperty("max_articles_per_poll")
    Integer maxArticlesPerPoll;
  }

  /** CSS selectors as written. */
  static final class Selectors {
    @JsonProperty("title")
    String title;

    @JsonProperty("body")
    String body;

    @JsonProperty("date")
    String date;

    @JsonProperty("author")
    String author;

    @JsonProperty("remove")
    List<String> remove;
  }
}
