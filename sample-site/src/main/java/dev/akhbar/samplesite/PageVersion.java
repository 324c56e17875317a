package dev.akhbar.samplesite;

import java.time.Instant;

/**
 * One page as served from a given edition on: its bytes with placeholders replaced, and the
 * validators a client sends back in a conditional GET.
 *
 * @param etag a strong entity tag, quotes included
 * @param lastModified the {@link Edition#lastModified()} of the edition whose file this is
 */
record PageVersion(int edition, byte[] body, String etag, Instant lastModified) {}
