package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of one fetch. Going over any of them ends the fetch with a {@link FetchException} of
 * the named {@link FailureKind}, never with an exhausted heap or a stuck thread.
 *
 * @param connectTimeout longest wait for the TCP connection and the TLS handshake
 * @param readTimeout longest wait for any single read from the socket
 * @param fetchTimeout longest time for a whole exchange, headers and body; bounds slow-loris
 *     servers that send a byte just before each read time-out
 * @param maxHeaderBytes longest status line plus headers, in bytes
 * @param maxBodyBytes longest body, in bytes, both as sent and once decompressed (gzip bombs)
 * @param maxRedirects most redirects followed from one request
 * @param maxRobotsBytes longest robots.txt read; the rest is ignored, as Google does
 */
public record FetchLimits(
    Duration connectTimeout,
    Duration readTimeout,
    Duration fetchTimeout,
    int maxHeaderBytes,
    int maxBodyBytes,
    int maxRedirects,
    int maxRobotsBytes) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(60);

  /** 64 KiB: real servers send a few KiB of headers; Tomcat and nginx cap requests near 8 KiB. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;

  /** 10 MiB: far above an article page (about 100-500 KiB), well below a heap worth worrying. */
  public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

  /** 5 redirects, as Googlebot follows for robots.txt and most browsers allow for pages. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** 500 KiB, the robots.txt size Google reads (RFC 9309 asks for at least 500 KiB). */
  public static final int DEFAULT_MAX_ROBOTS_BYTES = 500 * 1024;

  public FetchLimits {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(fetchTimeout, "fetchTimeout");
    requireAtLeast(maxHeaderBytes, 1024, "maxHeaderBytes");
    requireAtLeast(maxBodyBytes, 1, "maxBodyBytes");
    requireAtLeast(maxRedirects, 0, "maxRedirects");
    requireAtLeast(maxRobotsBytes, 1, "maxRobotsBytes");
    if (maxBodyBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBodyBytes must fit in an array, got " + maxBodyBytes);
    }
  }

  public static FetchLimits defaults() {
    return new FetchLimits(
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT,
        DEFAULT_FETCH_TIMEOUT,
        DEFAULT_MAX_HEADER_BYTES,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_REDIRECTS,
        DEFAULT_MAX_ROBOTS_BYTES);
  }

  public FetchLimits withConnectTimeout(Duration value) {
    return new FetchLimits(
        value,
        readTimeout,
        fetchTimeout,
        maxHeaderBytes,
        maxBodyBytes,
        maxRedirects,
        maxRobotsBytes);
  }

  public FetchLimits withReadTimeout(Duration value) {
    return new FetchLimits(
        connectTimeout,
        value,
        fetchTimeout,
        maxHeaderBytes,
        maxBodyBytes,
        maxRedirects,
        maxRobotsBytes);
  }

  public FetchLimits withFetchTimeout(Duration value) {
    return new FetchLimits(
        connectTimeout,
        readTimeout,
        value,
        maxHeaderBytes,
        maxBodyBytes,
        maxRedirects,
        maxRobotsBytes);
  }

  public FetchLimits withMaxHeaderBytes(int value) {
    return new FetchLimits(
        connectTimeout,
        readTimeout,
        fetchTimeout,
        value,
        maxBodyBytes,
        maxRedirects,
        maxRobotsBytes);
  }

  public FetchLimits withMaxBodyBytes(int value) {
    return new FetchLimits(
        connectTimeout,
        readTimeout,
        fetchTimeout,
        maxHeaderBytes,
        value,
        maxRedirects,
        maxRobotsBytes);
  }

  public FetchLimits withMaxRedirects(int value) {
    return new FetchLimits(
        connectTimeout,
        readTimeout,
        fetchTimeout,
        maxHeaderBytes,
        maxBodyBytes,
        value,
        maxRobotsBytes);
  }

  public FetchLimits withMaxRobotsBytes(int value) {
    return new FetchLimits(
        connectTimeout,
        readTimeout,
        fetchTimeout,
        maxHeaderBytes,
        maxBodyBytes,
        maxRedirects,
        value);
  }

  static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }

  static void requireAtLeast(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
  }
}
