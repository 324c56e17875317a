package dev.akhbar.ingest;

import dev.akhbar.ingest.extract.ArticleExtractor;
import dev.akhbar.ingest.extract.ExtractedArticle;
import dev.akhbar.ingest.extract.PageContext;
import dev.akhbar.ingest.extract.PageDecoder;
import dev.akhbar.ingest.fetch.AddressPolicy;
import dev.akhbar.ingest.fetch.FailureKind;
import dev.akhbar.ingest.fetch.FetchException;
import dev.akhbar.ingest.fetch.FetchKind;
import dev.akhbar.ingest.fetch.FetchResponse;
import dev.akhbar.ingest.fetch.Fetcher;
import dev.akhbar.ingest.fetch.HostResolver;
import dev.akhbar.ingest.fetch.Validators;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.source.Sources;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The extractor on its own, without Kafka: what {@code akhbar extract FILE_OR_URL [--url URL]
 * [--source ID] [--allow-private]} runs. A URL is fetched under the same robots.txt, address, size
 * and time rules as ingest ({@link IngestConfig#allowPrivateAddresses()} is {@code
 * --allow-private}); a file is read as the page's bytes. A source gives its selectors, time zone
 * and language.
 */
public final class Extractor {

  private final IngestConfig config;
  private final Sources sources;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final PageDecoder decoder;

  private Extractor(IngestConfig config, Sources sources, HostResolver resolver) {
    this.config = config;
    this.sources = sources;
    this.fetcher =
        Fetcher.builder(config.userAgent(), config.robotsAgent())
            .limits(config.limits())
            .politeness(config.politeness())
            .retry(config.retry())
            .addressPolicy(AddressPolicy.of(config.allowPrivateAddresses()))
            .resolver(resolver)
            .build();
    this.extractor = new ArticleExtractor(config.maxBodyChars());
    this.decoder = new PageDecoder(config.metaScanBytes());
  }

  public static Extractor create(IngestConfig config, Sources sources) {
    return new Extractor(
        Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(sources, "sources"),
        HostResolver.system());
  }

  /** For tests: a resolver that maps made-up host names. */
  static Extractor create(IngestConfig config, Sources sources, HostResolver resolver) {
    return new Extractor(config, sources, resolver);
  }

  /**
   * Extracts the page saved in {@code file}.
   *
   * @param url the page's address (for its canonical URL and id); without it the file's URI is the
   *     URL and only a {@code <link rel=canonical>} gives a canonical URL
   * @param sourceId the source whose selectors, zone and language apply
   * @throws IllegalArgumentException when {@code sourceId} names no source
   */
  public ExtractedArticle extractFile(Path file, Optional<String> url, Optional<String> sourceId)
      throws IOException {
    Objects.requireNonNull(file, "file");
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > config.limits().maxBodyBytes()) {
      throw new IOException(
          file
              + " has "
              + bytes.length
              + " bytes, over the page limit of "
              + config.limits().maxBodyBytes());
    }
    Optional<Source> source = source(sourceId);
    String text = decoder.decode(bytes, Optional.empty(), fallback(source)).text();
    String address = url.orElse(file.toAbsolutePath().toUri().toString());
    return extractor.extract(text, address, context(source)).article();
  }

  /**
   * Fetches {@code url} and extracts it.
   *
   * @throws FetchException when the page cannot be fetched, or answers other than 2xx
   */
  public ExtractedArticle extractUrl(String url, Optional<String> sourceId)
      throws FetchException, InterruptedException {
    Objects.requireNonNull(url, "url");
    Optional<Source> source = source(sourceId);
    FetchResponse r = fetcher.fetch(url, FetchKind.PAGE, Validators.none());
    if (!r.isSuccess()) {
      throw new FetchException(FailureKind.HTTP_ERROR, r.url(), "status " + r.status());
    }
    String text = decoder.decode(r.body(), r.charsetParameter(), fallback(source)).text();
    return extractor.extract(text, r.url(), context(source)).article();
  }

  private Optional<Source> source(Optional<String> sourceId) {
    if (sourceId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        sources
            .find(sourceId.get())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no source '" + sourceId.get() + "' in " + sources.origin())));
  }

  private static PageContext context(Optional<Source> source) {
    return source.map(Source::pageContext).orElse(PageContext.plain());
  }

  private static Charset fallback(Optional<Source> source) {
    return source.isEmpty() || source.get().language().startsWith("ar")
        ? PageDecoder.ARABIC_FALLBACK
        : java.nio.charset.StandardCharsets.ISO_8859_1;
  }
}
