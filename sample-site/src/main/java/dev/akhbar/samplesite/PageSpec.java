package dev.akhbar.samplesite;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One URL path an outlet serves, and how. The file defaults to the path without its leading slash,
 * with {@code index.html} for a path that ends in a slash; a path with Arabic letters names its
 * file explicitly so that no file name carries them.
 *
 * @param path the decoded URL path
 * @param file the resource under the outlet's folder; null for the default
 * @param kind {@code home}, {@code feed}, {@code sitemap}, {@code robots}, {@code section} or
 *     {@code article}
 * @param status the status the page answers with; 0 for 200
 * @param contentType the {@code Content-Type} header as served, charset included or deliberately
 *     left out; null for the default of the file's extension
 * @param removedFromEdition from this edition on the path answers 404; 0 for never
 */
public record PageSpec(
    String outlet,
    String path,
    String file,
    String kind,
    int status,
    String contentType,
    int removedFromEdition,
    String note) {

  /** What a page answers when the manifest gives no status. */
  public static final int DEFAULT_STATUS = 200;

  public PageSpec {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + outlet + " " + path);
    }
    Objects.requireNonNull(kind, "kind of " + outlet + ":" + path);
    if (status == 0) {
      status = DEFAULT_STATUS;
    }
    if (file == null || file.isEmpty()) {
      file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
    }
  }

  public PageRef ref() {
    return new PageRef(outlet, path);
  }

  /** The manifest's content type, else the usual one for the file's extension. */
  public String effectiveContentType() {
    if (contentType != null) {
      return contentType;
    }
    String name = file.toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    switch (extension) {
      case "html":
      case "htm":
        return "text/html; charset=utf-8";
      case "xml":
        return "application/xml; charset=utf-8";
      case "txt":
        return "text/plain; charset=utf-8";
      case "json":
        return "application/json";
      default:
        return "application/octet-stream";
    }
  }

  /** The edition from which the path answers 404, if it is ever removed. */
  public Optional<Integer> removedFrom() {
    return removedFromEdition > 0 ? Optional.of(removedFromEdition) : Optional.empty();
  }

  /**
   * The resource of this page's edition-{@code n} replacement: {@code X@n.ext} for {@code X.ext}.
   */
  public String fileOfEdition(int n) {
    if (n == 1) {
      return file;
    }
    int slash = file.lastIndexOf('/');
    int dot = file.lastIndexOf('.');
    return dot > slash ? file.substring(0, dot) + "@" + n + file.substring(dot) : file + "@" + n;
  }
}
