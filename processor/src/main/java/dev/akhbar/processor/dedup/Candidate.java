package dev.akhbar.processor.dedup;

/**
 * An article an index found in a bucket the newcomer also falls in.
 *
 * @param eventTime its event time in epoch milliseconds (negative when neither published nor
 *     fetched time is known), to keep only the dated entries within the newcomer's window (an
 *     article without {@code published_at} in {@code key} is compared whatever its event time)
 * @param contentPrefix the first 8 bytes of its content hash, to tell exact copies apart
 * @param exact true when found by content hash
 * @param firstBand the lowest band number shared with the newcomer, -1 for an exact match
 */
public record Candidate(
    SortKey key, long eventTime, long contentPrefix, boolean exact, int firstBand) {}
