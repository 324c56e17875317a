/**
 * The sink: the consumer that turns the processor's output topics into tables in SQLite or
 * PostgreSQL, the schema migrations, and Arabic search over the stored articles.
 *
 * <p>Entry points: {@link dev.akhbar.sink.Store} (open, migrate, search, summary) and {@link
 * dev.akhbar.sink.SinkService} (the consumer). Parameters and return values are never null unless
 * documented otherwise; absent values are {@link java.util.Optional}.
 */
package dev.akhbar.sink;
