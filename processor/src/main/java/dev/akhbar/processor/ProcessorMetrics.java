package dev.akhbar.processor;

import dev.akhbar.common.record.OutcomeKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The processor's own meters: {@code akhbar.processor.outcomes} by {@code outcome} (one count per
 * raw record, the same as the outcomes topic) and {@code akhbar.processor.tagging.failures}.
 * Counted where the records are routed, so a transaction that is retried may count twice: the
 * outcomes topic, not this, is the exact account.
 */
public final class ProcessorMetrics implements MeterBinder {

  private final Map<OutcomeKind, Counter> outcomes = new EnumMap<>(OutcomeKind.class);
  private Counter taggingFailures;

  /** Meters on a private registry: for tests and for running without metrics. */
  public static ProcessorMetrics unbound() {
    ProcessorMetrics metrics = new ProcessorMetrics();
    metrics.bindTo(new SimpleMeterRegistry());
    return metrics;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OutcomeKind kind : OutcomeKind.values()) {
      outcomes.put(
          kind,
          Counter.builder("akhbar.processor.outcomes")
              .description("Raw records by their fate in the processor")
              .tag("outcome", kind.wire())
              .register(registry));
    }
    taggingFailures =
        Counter.builder("akhbar.processor.tagging.failures")
            .description("Articles published without tags because the tagger failed")
            .register(registry);
  }

  void outcome(OutcomeKind kind) {
    Counter counter = outcomes.get(kind);
    if (counter != null) {
      counter.increment();
    }
  }

  void taggingFailed() {
    if (taggingFailures != null) {
      taggingFailures.increment();
    }
  }
}
