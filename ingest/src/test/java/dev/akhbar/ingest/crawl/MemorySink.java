package dev.akhbar.ingest.crawl;

import dev.akhbar.common.record.RawArticle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Raw articles kept in a list, each acknowledged at once. */
final class MemorySink implements RawSink {

  private final List<RawArticle> published = new CopyOnWriteArrayList<>();

  @Override
  public void publish(RawArticle article, Consumer<Exception> done) {
    published.add(article);
    done.accept(null);
  }

  @Override
  public void flush() {}

  List<RawArticle> published() {
    return List.copyOf(published);
  }

  void clear() {
    published.clear();
  }
}
