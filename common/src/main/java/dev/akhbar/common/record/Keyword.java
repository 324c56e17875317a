package dev.akhbar.common.record;

/** A salient term of an article, in match form, with its weight. */
public record Keyword(String term, double score) {}
