/**
 * The processor stage: a Kafka Streams application that reads {@code akhbar.raw.v1}, normalizes,
 * deduplicates and tags articles, and writes the articles, duplicates, rejected, dead-letter and
 * outcome topics. {@link dev.akhbar.processor.ProcessorTopology#build} is the whole topology;
 * {@link dev.akhbar.processor.ProcessorService} runs it; {@link
 * dev.akhbar.processor.ProcessorConfig} is its one configuration.
 */
package dev.akhbar.processor;
