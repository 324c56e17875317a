/**
 * JMH micro-benchmarks of every hot step of the pipeline, each beside the reference implementation
 * where one exists (Jsoup's {@code text()} for extraction, Lucene's {@code ArabicNormalizer} for
 * normalization, Lucene's {@code StandardTokenizer} for tokenization). Run them all with {@code
 * java -jar bench/target/benchmarks.jar}; see BENCHMARKS.md.
 */
package dev.akhbar.bench;
