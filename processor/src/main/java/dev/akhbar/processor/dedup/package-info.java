/**
 * Deduplication as a distributed union-find over Kafka Streams: each article is a node kept by the
 * partition that owns its id, two indexes (by content hash and by LSH band) find candidates, and
 * nodes verify and link by messages through the dedup inbox. See docs/dedup.md. Internal: not API.
 */
package dev.akhbar.processor.dedup;
