package dev.akhbar.app.backfill;

/**
 * What a backfill published.
 *
 * @param records the non-blank lines read
 * @param published the lines published to the raw topic
 * @param deadLetters the lines sent to the dead-letter topic because they could not be read
 */
public record BackfillResult(long records, long published, long deadLetters) {}
