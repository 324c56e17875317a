package dev.akhbar.processor.dedup;

/**
 * A candidate an index verified: an exact copy (similarity 1) or a near copy whose signature agrees
 * with the newcomer's on at least the threshold.
 */
record Match(Candidate candidate, double similarity) {}
