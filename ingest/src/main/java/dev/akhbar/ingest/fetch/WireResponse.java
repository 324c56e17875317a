package dev.akhbar.ingest.fetch;

/**
 * One HTTP response as it came off the wire, the body already decompressed.
 *
 * @param wireBytes bytes received for the body before decompression
 * @param truncated whether the body was cut at its limit ({@link BodyLimit#TRUNCATE})
 */
record WireResponse(
    int status, HttpHeaders headers, byte[] body, long wireBytes, boolean truncated) {}
