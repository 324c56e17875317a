package dev.akhbar.samplesite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a test or the demo needs to know about the sample site: its editions, its outlets,
 * every path each outlet serves, and the expected outcome of every article page. It is read from
 * {@value #RESOURCE} and checked for consistency on load (every reference names a listed page).
 */
public record Manifest(
    int schemaVersion,
    String description,
    List<Edition> editions,
    List<OutletSpec> outlets,
    List<PageSpec> pages,
    List<ExpectedArticle> articles) {

  /** Where the manifest lives on the class path. */
  public static final String RESOURCE = SampleSite.RESOURCE_ROOT + "manifest.json";

  /** The only manifest shape so far. */
  public static final int SCHEMA_VERSION = 1;

  public Manifest {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new IllegalArgumentException("unknown manifest schema_version " + schemaVersion);
    }
    editions = List.copyOf(editions);
    outlets = List.copyOf(outlets);
    pages = List.copyOf(pages);
    articles = List.copyOf(articles);
    checkReferences(editions, outlets, pages, articles);
  }

  /** The manifest bundled with this module. */
  public static Manifest load() {
    try (InputStream in = Manifest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a manifest. Unknown fields are an error, so that a typo in it is caught; an absent number
   * is 0, which each record reads as its documented default.
   */
  public static Manifest read(InputStream json) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return mapper.readValue(json, Manifest.class);
  }

  /** The highest edition number. */
  public int lastEdition() {
    return editions.stream().mapToInt(Edition::number).max().orElse(1);
  }

  public Edition edition(int number) {
    return editions.stream()
        .filter(e -> e.number() == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no edition " + number));
  }

  public OutletSpec expectOutlet(String id) {
    return outlets.stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no outlet " + id));
  }

  public List<PageSpec> pagesOf(String outletId) {
    return pages.stream().filter(p -> p.outlet().equals(outletId)).collect(Collectors.toList());
  }

  public Optional<PageSpec> findPage(PageRef ref) {
    return pages.stream().filter(p -> p.ref().equals(ref)).findFirst();
  }

  /** The entries that describe the crawl of {@code edition}. */
  public List<ExpectedArticle> articlesOfEdition(int edition) {
    return articles.stream().filter(a -> a.edition() == edition).collect(Collectors.toList());
  }

  /** The entry of {@code ref} for {@code edition}, if that edition changes it. */
  public Optional<ExpectedArticle> findArticle(PageRef ref, int edition) {
    return articles.stream().filter(a -> a.edition() == edition && a.ref().equals(ref)).findFirst();
  }

  private static void checkReferences(
      List<Edition> editions,
      List<OutletSpec> outlets,
      List<PageSpec> pages,
      List<ExpectedArticle> articles) {
    Set<Integer> editionNumbers = new HashSet<>();
    editions.forEach(e -> require(editionNumbers.add(e.number()), "edition listed twice", e));
    Set<String> outletIds = new HashSet<>();
    outlets.forEach(o -> require(outletIds.add(o.id()), "outlet listed twice", o.id()));
    Set<PageRef> pageRefs = new HashSet<>();
    for (PageSpec page : pages) {
      require(outletIds.contains(page.outlet()), "page of an unknown outlet", page.ref());
      require(pageRefs.add(page.ref()), "page listed twice", page.ref());
      page.removedFrom()
          .ifPresent(n -> require(editionNumbers.contains(n), "removed in no edition", page.ref()));
    }
    Set<String> entries = new HashSet<>();
    for (ExpectedArticle article : articles) {
      require(pageRefs.contains(article.ref()), "article not among the pages", article.ref());
      require(editionNumbers.contains(article.edition()), "unknown edition", article.ref());
      require(
          entries.add(article.ref() + "@" + article.edition()),
          "article listed twice for one edition",
          article.ref());
      article
          .copyOf()
          .ifPresent(
              of ->
                  require(pageRefs.contains(of), "refers to an unknown page " + of, article.ref()));
    }
  }

  private static void require(boolean condition, String message, Object subject) {
    if (!condition) {
      throw new IllegalArgumentException("manifest: " + message + ": " + Objects.toString(subject));
    }
  }
}
