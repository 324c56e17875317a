package dev.akhbar.common.record;

import java.time.Instant;

/**
 * An article set aside on purpose: one record of {@code akhbar.rejected.v1}, keyed by its article
 * id. Visible, never silently dropped.
 *
 * @param detail a human-readable explanation, for example {@code body has 12 letters, minimum 200}
 */
public record Rejected(
    String articleId,
    RejectReason reason,
    String detail,
    String url,
    String sourceId,
    String title,
    String language,
    Instant publishedAt,
    Instant fetchedAt,
    Instant rejectedAt) {}
