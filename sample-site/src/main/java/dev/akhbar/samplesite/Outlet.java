package dev.akhbar.samplesite;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A running outlet of the sample site: what the manifest says of it, with live URLs on its own
 * loopback port. Everything a sources configuration needs.
 *
 * @param baseUrl {@code http://127.0.0.1:PORT}, without a trailing slash
 */
public record Outlet(OutletSpec spec, URI baseUrl) {

  public Outlet {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  public String id() {
    return spec.id();
  }

  public String nameAr() {
    return spec.nameAr();
  }

  public String nameEn() {
    return spec.nameEn();
  }

  /** The language of most of its pages (ISO 639-1). */
  public String language() {
    return spec.language();
  }

  public ZoneId timeZone() {
    return spec.timeZone();
  }

  /** CSS selectors for its article pages, for the outlet whose pages need them. */
  public Optional<Selectors> selectors() {
    return Optional.ofNullable(spec.selectors());
  }

  public URI homeUrl() {
    return url(spec.home());
  }

  public List<URI> feedUrls() {
    return spec.feeds().stream().map(f -> url(f.path())).collect(Collectors.toList());
  }

  /** The sitemaps its robots.txt declares (one of them may be a sitemap index). */
  public List<URI> sitemapUrls() {
    return spec.sitemaps().stream().map(this::url).collect(Collectors.toList());
  }

  public URI robotsUrl() {
    return url(spec.robots());
  }

  /** The absolute URL of a decoded path, percent-encoded as a client sends it. */
  public URI url(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    try {
      URI uri =
          new URI(
              baseUrl.getScheme(), null, baseUrl.getHost(), baseUrl.getPort(), path, null, null);
      return URI.create(uri.toASCIIString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL path: " + path, e);
    }
  }
}
