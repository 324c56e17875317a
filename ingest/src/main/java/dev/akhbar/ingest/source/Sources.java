package dev.akhbar.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.akhbar.ingest.extract.SelectorRules;
import dev.akhbar.ingest.fetch.WebAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sources file ({@code config/sources.yml}): which outlets to crawl and how. Reading fails
 * (with {@link InvalidSourcesException}) only when the file cannot be understood at all — bad YAML,
 * an unknown key, a value of the wrong type; everything else wrong with a source is one of its
 * {@link Source#problems()}, so that {@code akhbar sources check} can list them all at once.
 */
public final class Sources {

  /** The classpath copy of the repository's {@code config/sources.yml}. */
  public static final String BUNDLED_RESOURCE = "/dev/akhbar/ingest/sources.yml";

  /** The shortest poll interval accepted. */
  public static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .build();

  private final String origin;
  private final List<Source> all;

  private Sources(String origin, List<Source> all) {
    this.origin = origin;
    this.all = List.copyOf(all);
  }

  /** Sources given in code (tests, the sample site); their problems are checked the same way. */
  public static Sources of(List<Source> sources) {
    return new Sources("(code)", withDuplicateProblems(sources));
  }

  /** Reads a sources file. */
  public static Sources load(Path file) throws InvalidSourcesException {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidSourcesException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Reads a sources file from the classpath, for example {@link #BUNDLED_RESOURCE}. */
  public static Sources loadResource(String resource) throws InvalidSourcesException {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = Sources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidSourcesException("no resource " + resource + " on the classpath", null);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource);
    } catch (IOException e) {
      throw new InvalidSourcesException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads the YAML text of a sources file; {@code origin} names it in messages. */
  public static Sources parse(String yaml, String origin) throws InvalidSourcesException {
    Objects.requireNonNull(yaml, "yaml");
    SourcesFile file;
    try {
      file = YAML.readValue(yaml, SourcesFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidSourcesException(
          origin
              + line(tokenLocation(e))
              + ": unknown key '"
              + e.getPropertyName()
              + "'"
              + where(e)
              + " (known keys: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .collect(Collectors.toCollection(TreeSet::new))
              + ")",
          e);
    } catch (JsonMappingException e) {
      throw new InvalidSourcesException(
          origin + line(e.getLocation()) + where(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new InvalidSourcesException(
          origin + line(e.getLocation()) + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (file == null || file.sources == null) {
      throw new InvalidSourcesException(origin + ": no 'sources' list", null);
    }
    SourcesFile.Defaults defaults =
        file.defaults != null ? file.defaults : new SourcesFile.Defaults();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < file.sources.size(); i++) {
      SourcesFile.Entry entry = file.sources.get(i);
      if (entry == null) {
        throw new InvalidSourcesException(origin + ": sources[" + i + "] is empty", null);
      }
      sources.add(toSource(entry, defaults, i));
    }
    return new Sources(origin, withDuplicateProblems(sources));
  }

  /** Where the sources came from: a path, a classpath resource or "(code)". */
  public String origin() {
    return origin;
  }

  /** Every source, in file order, valid or not, enabled or not. */
  public List<Source> all() {
    return all;
  }

  /** The sources that are enabled and valid: the ones ingest crawls. */
  public List<Source> crawlable() {
    return all.stream().filter(s -> s.enabled() && s.isValid()).toList();
  }

  public Optional<Source> find(String id) {
    return all.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Problems by source id, only for sources that have some. */
  public Map<String, List<String>> problems() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Source s : all) {
      if (!s.problems().isEmpty()) {
        out.put(s.id(), s.problems());
      }
    }
    return out;
  }

  public boolean isValid() {
    return all.stream().allMatch(Source::isValid);
  }

  private static Source toSource(SourcesFile.Entry e, SourcesFile.Defaults d, int index) {
    List<String> problems = new ArrayList<>();
    String id = e.id == null ? "#" + (index + 1) : e.id.strip();
    if (e.id == null) {
      problems.add("id is missing");
    } else if (!ID.matcher(id).matches()) {
      problems.add(
          "id '" + id + "' must be 1-64 of a-z, 0-9, '-' and '_', starting with a letter or digit");
    }
    if (e.name == null || e.name.isBlank()) {
      problems.add("name is missing");
    }
    List<String> feeds = e.feeds == null ? List.of() : e.feeds;
    List<String> sitemaps = e.sitemaps == null ? List.of() : e.sitemaps;
    if (e.home != null) {
      checkUrl("home", e.home, problems);
    }
    feeds.forEach(u -> checkUrl("feeds", u, problems));
    sitemaps.forEach(u -> checkUrl("sitemaps", u, problems));
    if (e.home == null && feeds.isEmpty() && sitemaps.isEmpty()) {
      problems.add("give at least one of home, feeds or sitemaps");
    }
    String intervalText = e.pollInterval != null ? e.pollInterval : d.pollInterval;
    Duration interval = Source.DEFAULT_POLL_INTERVAL;
    if (intervalText != null) {
      Optional<Duration> parsed = Durations.parse(intervalText);
      if (parsed.isEmpty()) {
        problems.add("poll_interval '" + intervalText + "' is not a duration (like 90s, 15m, 2h)");
      } else if (parsed.get().compareTo(MIN_POLL_INTERVAL) < 0) {
        problems.add("poll_interval " + intervalText + " is shorter than " + MIN_POLL_INTERVAL);
      } else {
        interval = parsed.get();
      }
    }
    String language = e.language != null ? e.language : d.language != null ? d.language : "ar";
    if (!LANGUAGE.matcher(language).matches()) {
      problems.add("language '" + language + "' is not a BCP 47 tag such as ar or ar-EG");
    }
    String zoneText = e.timeZone != null ? e.timeZone : d.timeZone;
    ZoneId zone = ZoneId.of("UTC");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText.strip());
      } catch (DateTimeException ex) {
        problems.add("time_zone '" + zoneText + "' is not a zone such as Africa/Cairo or +03:00");
      }
    }
    Integer max = e.maxArticlesPerPoll != null ? e.maxArticlesPerPoll : d.maxArticlesPerPoll;
    int maxArticles = max == null ? Source.DEFAULT_MAX_ARTICLES_PER_POLL : max;
    if (maxArticles < 1) {
      problems.add("max_articles_per_poll must be at least 1, got " + maxArticles);
    }
    SelectorRules selectors =
        e.selectors == null
            ? SelectorRules.none()
            : new SelectorRules(
                e.selectors.title,
                e.selectors.body,
                e.selectors.date,
                e.selectors.author,
                e.selectors.remove);
    problems.addAll(selectors.problems());
    return new Source(
        id,
        e.name == null ? id : e.name.strip(),
        e.home,
        feeds,
        sitemaps,
        selectors,
        interval,
        language,
        zone,
        e.enabled == null || e.enabled,
        Math.max(1, maxArticles),
        problems);
  }

  private static void checkUrl(String key, String url, List<String> problems) {
    if (url == null || WebAddress.parse(url).isEmpty()) {
      problems.add(key + ": '" + url + "' is not an absolute http or https URL");
    }
  }

  private static List<Source> withDuplicateProblems(List<Source> sources) {
    Map<String, Integer> counts = new HashMap<>();
    sources.forEach(s -> counts.merge(s.id(), 1, Integer::sum));
    List<Source> out = new ArrayList<>();
    for (Source s : sources) {
      if (counts.get(s.id()) > 1) {
        List<String> problems = new ArrayList<>(s.problems());
        problems.add("id '" + s.id() + "' is used by " + counts.get(s.id()) + " sources");
        out.add(
            new Source(
                s.id(),
                s.name(),
                s.home(),
                s.feeds(),
                s.sitemaps(),
                s.selectors(),
                s.pollInterval(),
                s.language(),
                s.timeZone(),
                s.enabled(),
                s.maxArticlesPerPoll(),
                problems));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Where the offending key starts (the exception's own location is after its value). */
  private static JsonLocation tokenLocation(JsonMappingException e) {
    if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
      return parser.currentTokenLocation();
    }
    return e.getLocation();
  }

  private static String line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : ": line " + location.getLineNr();
  }

  private static String where(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : " at " + path;
  }
}
