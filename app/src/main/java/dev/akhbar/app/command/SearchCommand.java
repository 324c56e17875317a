package dev.akhbar.app.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.app.UsageException;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.SearchHit;
import dev.akhbar.sink.SearchQuery;
import dev.akhbar.sink.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code akhbar search}: Arabic full-text search over the stored articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Finds stored articles in which every word of QUERY occurs, newest published first"
          + " (articles without a date last). The query is normalized like the articles, so"
          + " أحمد finds احمد and إبراهيم finds ابراهيم.",
      "With --json: one JSON object per line (article_id, url, title, source_id, published_at,"
          + " snippet, score). No match: exit 0 and no output."
    })
public final class SearchCommand implements Callable<Integer> {

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Words to find.")
  String query = "";

  @Option(
      names = "--store",
      paramLabel = "URL",
      defaultValue = StoreLocation.DEFAULT,
      description = "Where the articles are (default: ${DEFAULT-VALUE}).")
  String store;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that mention it.")
  String entity;

  @Option(names = "--topic", paramLabel = "CODE", description = "Only articles of this topic.")
  String topic;

  @Option(names = "--source", paramLabel = "ID", description = "Only articles of this source.")
  String source;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  String since;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "At most this many results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "JSON Lines instead of a readable list.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    StoreLocation location = RunCommand.parseStore(store);
    if (location.sqlitePath() != null && !java.nio.file.Files.exists(location.sqlitePath())) {
      throw new UsageException(
          "no store at " + location.sqlitePath() + " (run ./akhbar demo first)");
    }
    SearchQuery q = buildQuery();
    List<SearchHit> hits;
    try (Store s = Store.open(location)) {
      hits = s.search(q);
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean color = !json && System.console() != null;
    for (SearchHit hit : hits) {
      if (json) {
        ObjectNode line = AkhbarJson.mapper().createObjectNode();
        line.put("article_id", hit.articleId());
        line.put("url", hit.url());
        line.put("title", hit.title());
        line.put("source_id", hit.sourceId().orElse(null));
        line.put("published_at", hit.publishedAt().map(Object::toString).orElse(null));
        line.put("snippet", hit.snippet().text());
        line.put("score", hit.score());
        out.println(line);
      } else {
        out.println(hit.title());
        out.printf(
            "  %s · %s · %s%n",
            hit.sourceId().orElse("?"),
            hit.publishedAt().map(Object::toString).orElse("undated"),
            hit.url());
        out.println(
            "  " + (color ? hit.snippet().marked(BOLD, RESET) : hit.snippet().marked("[", "]")));
        out.println();
      }
    }
    out.flush();
    return 0;
  }

  private SearchQuery buildQuery() {
    SearchQuery q;
    try {
      q = SearchQuery.of(query == null ? "" : query).withLimit(limit);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    if (entity != null) {
      q = q.withEntity(entity);
    }
    if (topic != null) {
      q = q.withTopic(topic);
    }
    if (source != null) {
      q = q.withSource(source);
    }
    if (since != null) {
      try {
        q = q.withSince(LocalDate.parse(since));
      } catch (DateTimeParseException e) {
        throw new UsageException("--since must be YYYY-MM-DD, got " + since, e);
      }
    }
    return q;
  }
}
