package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.ingest.Extractor;
import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.ingest.extract.ExtractedArticle;
import dev.akhbar.ingest.fetch.FetchException;
import dev.akhbar.ingest.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code akhbar extract FILE_OR_URL}: what ingest reads from one page, as one JSON object. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the article of one page (a saved file or a URL) and prints one JSON object: url,"
          + " canonical_url, article_id, title, body, published_at, modified_at, authors, section,"
          + " language_hint, image_url, extraction_method.",
      "A URL is fetched under the same robots.txt and address rules as ingest."
    })
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "FILE_OR_URL",
      description = "A saved page or an http(s) URL.")
  String target;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, for a file.")
  String url;

  @Option(
      names = "--source",
      paramLabel = "ID",
      description = "The source whose selectors, time zone and language apply.")
  String source;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "The sources file (default: the bundled config/sources.yml).")
  Path sourcesFile;

  @Option(names = "--allow-private", description = "Permit loopback and private addresses.")
  boolean allowPrivate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Sources sources = SourcesCommand.load(sourcesFile);
    IngestConfig config = IngestConfig.builder().allowPrivateAddresses(allowPrivate).build();
    Extractor extractor = Extractor.create(config, sources);
    ExtractedArticle article;
    try {
      boolean isUrl = target.startsWith("http://") || target.startsWith("https://");
      if (isUrl) {
        article = extractor.extractUrl(target, Optional.ofNullable(source));
      } else {
        Path file = Path.of(target);
        if (!Files.isReadable(file)) {
          throw new UsageException("cannot read " + target + " (give a file or an http(s) URL)");
        }
        article =
            extractor.extractFile(file, Optional.ofNullable(url), Optional.ofNullable(source));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    } catch (FetchException e) {
      spec.commandLine().getErr().println("akhbar extract: " + e.getMessage());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(article.toJson());
    out.flush();
    return 0;
  }
}
