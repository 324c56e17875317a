package dev.akhbar.common.record;

/**
 * A named entity found in an article.
 *
 * @param field the text it was found in; null when tagging free text
 * @param start offset of the first code point in the display form of that text
 * @param end offset after the last code point (exclusive)
 * @param canonical the entity's canonical name, the same for all its spellings
 * @param countryCode ISO 3166-1 alpha-2 code of the country a location is or is in, or that a
 *     person or organization belongs to when known (الجيش الليبي → LY); else null
 */
public record EntityMention(
    EntityType type,
    String text,
    Field field,
    int start,
    int end,
    String canonical,
    String countryCode) {}
