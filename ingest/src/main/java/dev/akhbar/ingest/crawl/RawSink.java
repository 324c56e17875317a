package dev.akhbar.ingest.crawl;

import dev.akhbar.common.record.RawArticle;
import java.util.function.Consumer;

/** Where raw articles go: the raw topic, or a list in tests. */
public interface RawSink {

  /**
   * Publishes {@code article}, keyed by its id; {@code done} gets null once it is durable, or the
   * error that lost it.
   */
  void publish(RawArticle article, Consumer<Exception> done);

  /** Waits until everything published so far is durable or failed. */
  void flush();
}
