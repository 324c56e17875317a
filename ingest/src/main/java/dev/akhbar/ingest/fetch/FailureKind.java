package dev.akhbar.ingest.fetch;

import java.util.Locale;

/**
 * Why a fetch ended without a usable response. Each kind is a tag value of the failure metrics and
 * a key of the pass summary, so the names are stable.
 */
public enum FailureKind {
  /** The URL is not http or https, or cannot be parsed. */
  BAD_URL,
  /** The host name does not resolve. */
  DNS_FAILED,
  /** Every address of the host is loopback, private, link-local or otherwise not public. */
  FORBIDDEN_ADDRESS,
  /** robots.txt disallows the URL for our agent. */
  ROBOTS_DISALLOWED,
  /** No TCP (or TLS) connection within the connect time-out. */
  CONNECT_FAILED,
  /** A read waited longer than the read time-out, or the whole fetch longer than its budget. */
  TIMEOUT,
  /** The status line and headers exceeded their byte limit. */
  HEADERS_TOO_LARGE,
  /** The body, as sent or once decompressed, exceeded its byte limit. */
  TOO_LARGE,
  /** More redirects than the limit. */
  TOO_MANY_REDIRECTS,
  /** A redirect led back to a URL already visited in the same chain. */
  REDIRECT_LOOP,
  /** The server did not speak HTTP/1.x correctly (bad status line, bad chunk, bad gzip). */
  BAD_RESPONSE,
  /** The server kept answering 429 or 5xx after every retry. */
  HTTP_ERROR,
  /** The server asked to retry later than the longest wait we accept. */
  RETRY_AFTER_TOO_LONG,
  /** The connection broke for another reason. */
  IO_ERROR;

  /** The stable lower-case name used in metrics and summaries. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
