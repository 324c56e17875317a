package dev.akhbar.processor.dedup;

/**
 * A newcomer asking the content index (keyed by {@code contentHash}) for exact copies within the
 * window of its event time, and adding itself.
 */
public record ContentProbe(
    SortKey origin, long eventTime, String contentHash, long contentPrefix) {}
