package dev.akhbar.ingest.extract;

import dev.akhbar.ingest.fetch.WebAddress;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** Absolute http(s) URLs from the references a page gives. */
final class Links {

  private Links() {}

  /** {@code reference} resolved against the page's address, when it is an http(s) URL. */
  static Optional<String> absolute(Document doc, String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    Optional<URI> base = WebAddress.parse(doc.location());
    return (base.isPresent()
            ? WebAddress.resolve(base.get(), reference)
            : WebAddress.parse(reference))
        .map(URI::toString);
  }
}
