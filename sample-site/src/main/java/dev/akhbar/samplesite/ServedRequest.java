package dev.akhbar.samplesite;

/**
 * One request the sample site answered, for tests of politeness and conditional GET.
 *
 * @param path the decoded URL path, without the query
 * @param query the raw query, or null
 * @param conditional whether it carried {@code If-None-Match} or {@code If-Modified-Since}
 * @param startedNanos {@link System#nanoTime()} when the server began handling it
 * @param finishedNanos {@link System#nanoTime()} when the response was sent
 */
public record ServedRequest(
    String outlet,
    String method,
    String path,
    String query,
    String userAgent,
    boolean conditional,
    int status,
    long startedNanos,
    long finishedNanos) {

  public PageRef ref() {
    return new PageRef(outlet, path);
  }
}
