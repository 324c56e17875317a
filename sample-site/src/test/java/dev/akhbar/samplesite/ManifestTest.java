package dev.akhbar.samplesite;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The manifest and the files agree, and the site holds every case the pipeline must meet. */
class ManifestTest {

  /** The issue asks for at least this many Arabic articles of our own. */
  static final int MIN_ARABIC_ORIGINALS = 40;

  /** A typical Arabic news body, in words. */
  static final int MIN_WORDS = 250;

  static final int MAX_WORDS = 700;

  private final Manifest manifest = Manifest.load();

  @Test
  void describesFourOutletsInTwoEditions() {
    assertThat(manifest.outlets()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(manifest.lastEdition()).isEqualTo(2);
    assertThat(manifest.outlets())
        .extracting(OutletSpec::id)
        .containsExactly("mashriq", "diffatayn", "atlas", "waha");
  }

  @Test
  void listsEveryStoredFileAndStoresEveryListedPage() throws IOException {
    Set<String> stored = new HashSet<>();
    Path root = resourceRoot();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.equals("manifest.json"))
          .forEach(stored::add);
    }
    Set<String> listed = new HashSet<>();
    for (PageSpec page : manifest.pages()) {
      for (Edition edition : manifest.editions()) {
        String file = page.outlet() + "/" + page.fileOfEdition(edition.number());
        if (stored.contains(file)) {
          listed.add(file);
        }
      }
      assertThat(
              manifest.editions().stream()
                  .anyMatch(
                      e -> stored.contains(page.outlet() + "/" + page.fileOfEdition(e.number()))))
          .as("a file for %s", page.ref())
          .isTrue();
    }
    assertThat(stored).as("files the manifest does not list").isEqualTo(listed);
  }

  @Test
  void everyArticlePageHasAnExpectedOutcome() {
    Set<PageRef> articlePages =
        manifest.pages().stream()
            .filter(p -> p.kind().equals("article"))
            .map(PageSpec::ref)
            .collect(toSet());
    Set<PageRef> described =
        manifest.articles().stream().map(ExpectedArticle::ref).collect(toSet());
    assertThat(described).isEqualTo(articlePages);
  }

  @Test
  void holdsEveryOutcome() {
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    manifest.articles().forEach(a -> outcomes.add(a.outcome()));
    assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
  }

  @Test
  void holdsAtLeastFortyArabicOriginals() {
    long originals =
        manifest.articles().stream()
            .filter(a -> a.outcome() == Outcome.ORIGINAL && a.language().equals("ar"))
            .map(ExpectedArticle::ref)
            .distinct()
            .count();
    assertThat(originals).isGreaterThanOrEqualTo(MIN_ARABIC_ORIGINALS);
  }

  @Test
  void arabicStoriesHaveTheLengthOfRealNews() {
    assertThat(storiesOfLength())
        .allSatisfy(
            a -> assertThat(a.words()).as("words in %s", a.ref()).isBetween(MIN_WORDS, MAX_WORDS));
  }

  @Test
  void copiesNameAnEarlierOriginal() {
    for (ExpectedArticle copy : manifest.articles()) {
      if (copy.outcome() != Outcome.NEAR_COPY_OF && copy.outcome() != Outcome.EXACT_COPY_OF) {
        continue;
      }
      ExpectedArticle original = manifest.findArticle(copy.of(), 1).orElseThrow();
      assertThat(original.outcome()).as("what %s copies", copy.ref()).isEqualTo(Outcome.ORIGINAL);
      copy.published()
          .ifPresent(
              at ->
                  assertThat(original.publishedAt()).as("original of %s", copy.ref()).isBefore(at));
    }
  }

  @Test
  void republishesTheWireStoryInThreeOtherOutlets() {
    Map<PageRef, List<ExpectedArticle>> nearCopies =
        manifest.articles().stream()
            .filter(a -> a.outcome() == Outcome.NEAR_COPY_OF)
            .collect(groupingBy(ExpectedArticle::of));
    assertThat(nearCopies.values())
        .anySatisfy(
            copies ->
                assertThat(copies.stream().map(ExpectedArticle::outlet).distinct().count())
                    .isGreaterThanOrEqualTo(3));
  }

  @Test
  void updatesReplaceAPageOfTheFirstEdition() {
    List<ExpectedArticle> updates =
        manifest.articles().stream()
            .filter(a -> a.outcome() == Outcome.UPDATE_OF)
            .collect(toList());
    assertThat(updates).isNotEmpty();
    for (ExpectedArticle update : updates) {
      assertThat(update.edition()).isEqualTo(2);
      assertThat(update.of()).isEqualTo(update.ref());
      assertThat(manifest.findArticle(update.ref(), 1)).isPresent();
      PageSpec page = manifest.findPage(update.ref()).orElseThrow();
      assertThat(read(page, 2)).isNotEqualTo(read(page, 1));
    }
  }

  @Test
  void removedPagesAnswer404FromTheSecondEdition() {
    manifest.articles().stream()
        .filter(a -> a.outcome() == Outcome.REMOVED_IN_EDITION_2)
        .forEach(
            a -> assertThat(manifest.findPage(a.ref()).orElseThrow().removedFrom()).contains(2));
  }

  @Test
  void usesBothFeedFormats() {
    assertThat(manifest.outlets().stream().flatMap(o -> o.feeds().stream()).map(FeedSpec::format))
        .contains("rss", "atom");
  }

  @Test
  void everyOutletServesItsHomeRobotsFeedsAndSitemaps() {
    for (OutletSpec outlet : manifest.outlets()) {
      assertThat(page(outlet.id(), outlet.home()).kind()).isEqualTo("home");
      assertThat(page(outlet.id(), outlet.robots()).kind()).isEqualTo("robots");
      outlet.feeds().forEach(f -> assertThat(page(outlet.id(), f.path()).kind()).isEqualTo("feed"));
      outlet.sitemaps().forEach(s -> assertThat(page(outlet.id(), s).kind()).isEqualTo("sitemap"));
      String home =
          new String(read(page(outlet.id(), outlet.home()), 1), StandardCharsets.ISO_8859_1);
      for (FeedSpec feed : outlet.feeds()) {
        assertThat(home).contains("rel=\"alternate\"").contains(feed.path() + "\"");
      }
    }
  }

  @Test
  void robotsDisallowWhatMustNotBeFetched() {
    List<ExpectedArticle> disallowed =
        manifest.articles().stream()
            .filter(a -> a.outcome() == Outcome.DISALLOWED_BY_ROBOTS)
            .collect(toList());
    assertThat(disallowed).isNotEmpty();
    for (ExpectedArticle a : disallowed) {
      OutletSpec outlet = manifest.expectOutlet(a.outlet());
      String robots =
          new String(read(page(a.outlet(), outlet.robots()), 1), StandardCharsets.UTF_8);
      assertThat(robots.lines().map(String::trim))
          .anyMatch(l -> l.startsWith("Disallow: ") && a.path().startsWith(l.substring(10).trim()))
          .anyMatch(l -> l.startsWith("Crawl-delay: "));
    }
  }

  @Test
  void pagesCarryTheTitleBodyAndDateTheManifestExpects() {
    for (ExpectedArticle a : manifest.articles()) {
      if (a.outcome() == Outcome.REMOVED_IN_EDITION_2) {
        continue;
      }
      PageSpec page = manifest.findPage(a.ref()).orElseThrow();
      byte[] bytes = read(page, a.edition());
      String text = PageText.of(page.effectiveContentType(), bytes);
      assertThat(text).as("title of %s", a.ref()).contains(a.title());
      assertThat(text).as("body start of %s", a.ref()).contains(a.bodyStarts());
      assertThat(text).as("body end of %s", a.ref()).contains(a.bodyEnds());
      if (a.dateText() != null) {
        assertThat(text).as("date of %s", a.ref()).contains(a.dateText());
      }
    }
  }

  @Test
  void windows1256PagesAreStoredInThatCharset() {
    List<PageSpec> legacy =
        manifest.pages().stream()
            .filter(p -> p.effectiveContentType().contains("windows-1256"))
            .collect(toList());
    assertThat(legacy).isNotEmpty();
    for (PageSpec page : legacy) {
      byte[] bytes = read(page, 1);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("واحة");
      assertThat(PageText.of(page.effectiveContentType(), bytes)).contains("واحة الأخبار");
    }
  }

  @Test
  void onePageDeclaresItsCharsetOnlyInAMetaTagBeyondTheFirstKilobyte() {
    PageSpec page =
        manifest.pages().stream()
            .filter(p -> p.kind().equals("article") && p.effectiveContentType().equals("text/html"))
            .findFirst()
            .orElseThrow();
    String raw = new String(read(page, 1), StandardCharsets.ISO_8859_1);
    assertThat(raw.indexOf("<meta charset=\"windows-1256\">")).isGreaterThan(1024);
    assertThat(raw).doesNotContain("http-equiv=\"Content-Type\"");
  }

  private List<ExpectedArticle> storiesOfLength() {
    Set<Outcome> stories =
        EnumSet.of(
            Outcome.ORIGINAL, Outcome.NEAR_COPY_OF, Outcome.EXACT_COPY_OF, Outcome.UPDATE_OF);
    return manifest.articles().stream()
        .filter(a -> stories.contains(a.outcome()) && a.language().equals("ar"))
        .collect(toList());
  }

  private PageSpec page(String outlet, String path) {
    return manifest.findPage(new PageRef(outlet, path)).orElseThrow();
  }

  /** The stored bytes that {@code edition} serves for a page: its latest file up to it. */
  static byte[] read(PageSpec page, int edition) {
    for (int n = edition; n >= 1; n--) {
      Optional<byte[]> bytes = resource(page.outlet() + "/" + page.fileOfEdition(n));
      if (bytes.isPresent()) {
        return bytes.get();
      }
    }
    throw new AssertionError("no file for " + page.ref() + " in edition " + edition);
  }

  private static Optional<byte[]> resource(String file) {
    try (InputStream in = ManifestTest.class.getResourceAsStream(SampleSite.RESOURCE_ROOT + file)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resourceRoot() {
    try {
      return Path.of(ManifestTest.class.getResource(SampleSite.RESOURCE_ROOT).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
