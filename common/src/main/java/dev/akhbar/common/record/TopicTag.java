package dev.akhbar.common.record;

/**
 * A topic of the taxonomy assigned to an article.
 *
 * @param code the topic's slug, for example {@code politics}
 * @param score confidence in [0, 1]
 */
public record TopicTag(String code, String labelAr, String labelEn, double score) {}
