package dev.akhbar.app.bench;

import java.nio.charset.StandardCharsets;

/**
 * One raw-topic record as the pipeline's publisher writes it: the article id as the key, the raw
 * article's contract JSON as the value.
 */
public record BenchRecord(String articleId, byte[] value) {

  public byte[] key() {
    return articleId.getBytes(StandardCharsets.UTF_8);
  }
}
