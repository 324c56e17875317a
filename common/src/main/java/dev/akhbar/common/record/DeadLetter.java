package dev.akhbar.common.record;

import java.time.Instant;

/**
 * A record that could not be processed: one record of {@code akhbar.dlq.v1}. It carries the
 * original bytes so that it can be replayed after a fix.
 *
 * @param stage the stage that failed: {@code backfill}, {@code processor} or {@code sink}
 * @param sourceTopic the topic the record was read from, null for a backfill file
 * @param partition its partition, null for a backfill file
 * @param offset its offset, null for a backfill file
 * @param inputLine the 1-based line of a backfill file, null for a topic
 * @param originalBase64 the record's value as it was, Base64
 */
public record DeadLetter(
    String stage,
    String errorClass,
    String errorMessage,
    String sourceTopic,
    Integer partition,
    Long offset,
    Long inputLine,
    String originalBase64,
    Instant failedAt) {}
