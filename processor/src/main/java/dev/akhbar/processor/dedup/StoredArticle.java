package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.RawArticle;

/**
 * What an original keeps so that it can be published again (as an update, a removal or a demotion):
 * the raw record as read, without its HTML, and what intake computed about its latest version. The
 * normalized forms are computed again when needed: cheaper than storing them.
 */
record StoredArticle(
    RawArticle raw, String language, double arabicShare, String contentHash, long[] bandKeys) {}
