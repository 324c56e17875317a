package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;

/**
 * One thing a gazetteer phrase can mean: طرابلس is a city in Libya and one in Lebanon.
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the country the entity is, is in or belongs to;
 *     null when none
 * @param weak true when the spelling is also an ordinary word or a common name (صور، عون، سلام): it
 *     counts only with support from its context
 */
record Sense(EntityType type, String canonical, String countryCode, boolean weak) {}
