package dev.akhbar.text;

/**
 * Both forms of one text.
 *
 * @param display what a reader sees
 * @param match what dedup, tagging and search compare
 */
public record Normalized(String display, String match) {}
