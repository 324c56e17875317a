package dev.akhbar.processor.dedup;

/**
 * A newcomer asking one partition of the indexes for its candidates (within the window of its event
 * time, or all of them when either side has no {@code published_at}), and adding itself: all of its
 * LSH bands that live on that partition ({@code group}) and, when its content hash lives there too,
 * the content hash. So an article costs one probe per partition at most, whatever the number of
 * bands.
 *
 * @param contentHash the newcomer's content hash when {@code group} owns it, else null
 * @param bandNumbers the band numbers, parallel to {@code bandKeys}
 * @param signature the newcomer's MinHash signature, for verifying candidates where they are found;
 *     empty when the probe carries no band
 */
public record IndexProbe(
    SortKey origin,
    long eventTime,
    long contentPrefix,
    int group,
    String contentHash,
    int[] bandNumbers,
    long[] bandKeys,
    int[] signature) {}
