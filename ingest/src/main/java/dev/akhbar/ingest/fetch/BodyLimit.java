package dev.akhbar.ingest.fetch;

/**
 * What happens to a body longer than its limit: pages and feeds fail, robots.txt is cut (the rules
 * in the first {@link FetchLimits#maxRobotsBytes()} bytes apply, as Google does).
 */
public enum BodyLimit {
  /** The fetch fails with {@link FailureKind#TOO_LARGE}. */
  FAIL,
  /** The body is cut at the limit and marked truncated. */
  TRUNCATE
}
