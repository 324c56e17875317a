package dev.akhbar.processor.dedup;

/**
 * A newcomer asking the band index for near-copy candidates within the window of its event time,
 * and adding itself: all of its bands that live on one partition ({@code group}), so that an
 * article costs one probe per partition rather than one per band.
 *
 * @param bandNumbers the band numbers, parallel to {@code bandKeys}
 */
public record BandProbe(
    SortKey origin,
    long eventTime,
    long contentPrefix,
    int group,
    int[] bandNumbers,
    long[] bandKeys) {}
