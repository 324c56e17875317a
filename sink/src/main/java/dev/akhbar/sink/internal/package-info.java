/**
 * Not API: the sink's SQL, its dialects, the batch writer and the consumer loop's parts. Other
 * modules use {@link dev.akhbar.sink.Store} and {@link dev.akhbar.sink.SinkService} only.
 *
 * <p>Parameters and return values are never null unless documented otherwise.
 */
package dev.akhbar.sink.internal;
