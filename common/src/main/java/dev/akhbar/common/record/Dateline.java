package dev.akhbar.common.record;

/**
 * The dateline that opens a story ({@code بنغازي - }), and the place it names.
 *
 * @param text the dateline as written
 * @param location the canonical name of the place, or null when it is not a known place
 */
public record Dateline(String text, String location) {}
