package dev.akhbar.common.record;

/**
 * Where an article stands among its copies.
 *
 * @param clusterId the article id of the cluster's original (this article's own id if original)
 * @param version the content version of this URL: 1 when first seen, n+1 after each change
 * @param revision raised whenever dedup changes its mind about this article (a demotion), so that
 *     the sink applies the newer decision even for the same content version
 * @param copies how many copies of this article are known
 */
public record DedupInfo(String clusterId, int version, int revision, int copies) {}
