package dev.akhbar.common.record;

/**
 * What the HTTP exchange said about a fetched page.
 *
 * @param status the final status code, after redirects
 * @param etag the {@code ETag} header, for conditional GET
 * @param lastModified the {@code Last-Modified} header as sent, for conditional GET
 * @param contentType the media type without parameters
 * @param charset the character set the body was decoded with
 */
public record HttpInfo(
    int status, String etag, String lastModified, String contentType, String charset) {}
