/**
 * {@code akhbar bench}: the end-to-end benchmark, which measures each stage in one run beside the
 * limit it sits on (the broker's plain produce and consume rates, the store's bare bulk-load rate),
 * the end-to-end latency at a fixed rate and the processor's memory, and the cost-growth run.
 */
package dev.akhbar.app.bench;
