package dev.akhbar.common.record;

/**
 * The two forms of an article's title and body (see DESIGN.md): the display form is what a reader
 * sees, the match form is what dedup, tagging and search compare.
 */
public record NormalizedText(
    String titleDisplay, String titleMatch, String bodyDisplay, String bodyMatch) {}
