package dev.akhbar.samplesite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one outlet, read from the class path once at start, in every edition. Loading them
 * all up front (well under a megabyte) means a request never touches the class path and a missing
 * file fails the start, not a test.
 */
final class SiteContent {

  /** Bytes of the SHA-256 kept in an entity tag: plenty to tell two versions of a page apart. */
  static final int ETAG_BYTES = 12;

  private final Map<String, PageSpec> pagesByPath;
  private final Map<String, List<PageVersion>> versionsByPath;

  private SiteContent(Map<String, PageSpec> pages, Map<String, List<PageVersion>> versions) {
    this.pagesByPath = pages;
    this.versionsByPath = versions;
  }

  /**
   * Reads every file of {@code outletId} that the manifest lists, with each edition's replacements,
   * and substitutes its placeholders.
   *
   * @throws IllegalStateException when a listed page has no file at all
   */
  static SiteContent load(Manifest manifest, String outletId, Map<String, URI> baseUrls) {
    Placeholders placeholders = new Placeholders(outletId, baseUrls);
    Map<String, PageSpec> pages = new LinkedHashMap<>();
    Map<String, List<PageVersion>> versions = new LinkedHashMap<>();
    for (PageSpec page : manifest.pagesOf(outletId)) {
      List<PageVersion> found = new ArrayList<>();
      for (Edition edition : manifest.editions()) {
        String resource = resourceOf(outletId, page.fileOfEdition(edition.number()));
        readResource(resource)
            .map(bytes -> placeholders.substitute(bytes, resource))
            .map(
                body ->
                    new PageVersion(edition.number(), body, etagOf(body), edition.lastModified()))
            .ifPresent(found::add);
      }
      if (found.isEmpty()) {
        throw new IllegalStateException(
            "manifest lists "
                + page.ref()
                + " but "
                + resourceOf(outletId, page.file())
                + " is missing");
      }
      pages.put(page.path(), page);
      versions.put(page.path(), List.copyOf(found));
    }
    return new SiteContent(pages, versions);
  }

  /** The class-path resource of a file of an outlet. */
  static String resourceOf(String outletId, String file) {
    return SampleSite.RESOURCE_ROOT + outletId + "/" + file;
  }

  Optional<PageSpec> page(String path) {
    return Optional.ofNullable(pagesByPath.get(path));
  }

  /**
   * The version of {@code page} that {@code edition} serves: the latest file of an edition up to
   * it, unless the page is removed by then or not yet published.
   */
  Optional<PageVersion> versionAt(PageSpec page, int edition) {
    if (page.removedFrom().filter(removed -> edition >= removed).isPresent()) {
      return Optional.empty();
    }
    PageVersion chosen = null;
    for (PageVersion version : versionsByPath.getOrDefault(page.path(), List.of())) {
      if (version.edition() <= edition) {
        chosen = version;
      }
    }
    return Optional.ofNullable(chosen);
  }

  private static Optional<byte[]> readResource(String resource) {
    try (InputStream in = SiteContent.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(digest, 0, ETAG_BYTES) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The body of the 404 page, the same on every outlet. */
  static byte[] notFoundPage() {
    return ("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            + "<title>404 - الصفحة غير موجودة</title></head>"
            + "<body><h1>الصفحة غير موجودة</h1><p>ربما نُقلت هذه الصفحة أو حُذفت.</p></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
