package dev.akhbar.common.kafka;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names of akhbar's topics. The version is part of the name, so a breaking change of a record
 * means a new topic, never a silent change of an old one.
 *
 * <p>Every name is {@code PREFIX.NAME.vN}; the default prefix is {@value #DEFAULT_PREFIX}, so the
 * raw topic is {@code akhbar.raw.v1}. A different prefix lets several pipelines share one cluster.
 */
public record Topics(String prefix) {

  public static final String DEFAULT_PREFIX = "akhbar";

  private static final Pattern LEGAL_PREFIX = Pattern.compile("[a-zA-Z0-9._-]{1,100}");

  public Topics {
    Objects.requireNonNull(prefix, "prefix");
    if (!LEGAL_PREFIX.matcher(prefix).matches() || prefix.endsWith(".")) {
      throw new IllegalArgumentException(
          "topic prefix must be 1-100 of [a-zA-Z0-9._-] and not end with a dot, got: '"
              + prefix
              + "'");
    }
  }

  public static Topics defaults() {
    return new Topics(DEFAULT_PREFIX);
  }

  /** What ingest saw: the system of record, replayed to apply new rules to history. */
  public String raw() {
    return prefix + ".raw.v1";
  }

  /** One record per story original, keyed by its article id. */
  public String articles() {
    return prefix + ".articles.v1";
  }

  /** One record per copy, keyed by the copy's article id. */
  public String duplicates() {
    return prefix + ".duplicates.v1";
  }

  /** Articles set aside on purpose, with the reason. */
  public String rejected() {
    return prefix + ".rejected.v1";
  }

  /** Records that could not be processed, with the error and where they came from. */
  public String deadLetters() {
    return prefix + ".dlq.v1";
  }

  /**
   * The fate of every raw record the processor read (new, update, unchanged, duplicate, rejected,
   * dead letter): the audit trail that lets a run account for every input record, including the
   * unchanged refetches that produce no other record.
   */
  public String outcomes() {
    return prefix + ".outcomes.v1";
  }

  /** Every topic the processor writes, in a stable order. */
  public List<String> processorOutputs() {
    return List.of(articles(), duplicates(), rejected(), deadLetters(), outcomes());
  }

  /** Every topic of the contract, in a stable order. */
  public List<String> all() {
    return List.of(raw(), articles(), duplicates(), rejected(), deadLetters(), outcomes());
  }
}
