/**
 * What dedup compares, computed from the match form of a body and nothing else: the content hash of
 * exact copies, word shingles, the MinHash signature that estimates their Jaccard similarity and
 * the LSH band keys that bring similar bodies together. Pure Java: no Kafka in here.
 */
package dev.akhbar.processor.fingerprint;
