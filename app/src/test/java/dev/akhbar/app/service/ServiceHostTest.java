package dev.akhbar.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.common.config.ConfigInputs;
import dev.akhbar.common.config.ConfigResolver;
import dev.akhbar.common.http.HealthCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The designed stop: stages close upstream first; a stage failing by itself means exit 1. */
class ServiceHostTest {

  private final List<String> closed = new CopyOnWriteArrayList<>();

  private static StageSettings settings() {
    return new StageSettings(
        ConfigResolver.resolve(
            ConfigKeys.SCHEMA,
            new ConfigInputs(
                Optional.empty(),
                Map.of(
                    // Nothing listens there: the Kafka check stays down, which is what it says.
                    "AKHBAR_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                    "AKHBAR_HTTP_BIND_ADDRESS", "127.0.0.1",
                    "AKHBAR_HTTP_PORT", "0"),
                List.of(),
                ConfigKeys.FOREIGN_VARIABLES)));
  }

  /** A stage that is ready, may fail, and records when it is closed. */
  private final class FakeStage implements Stage {
    private final String name;
    private volatile String failure;

    FakeStage(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public HealthCheck.Status readiness() {
      return HealthCheck.Status.up(name + " ok");
    }

    @Override
    public Optional<String> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
      closed.add(name);
    }
  }

  @Test
  void aRequestedStopClosesTheStagesUpstreamFirstAndExitsZero() throws Exception {
    try (ServiceHost host = new ServiceHost("run", settings())) {
      host.add(new FakeStage("ingest"));
      host.add(new FakeStage("processor"));
      host.add(new FakeStage("sink"));
      host.requestStop();
      assertThat(host.awaitStop()).isZero();
    }
    assertThat(closed).containsExactly("ingest", "processor", "sink");
  }

  @Test
  void aStageThatFailsByItselfStopsTheServiceWithExitOne() throws Exception {
    try (ServiceHost host = new ServiceHost("run", settings())) {
      host.add(new FakeStage("processor"));
      FakeStage sink = host.add(new FakeStage("sink"));
      sink.failure = "the consumer loop threw";
      assertThat(host.awaitStop()).isEqualTo(1);
    }
    assertThat(closed).containsExactly("processor", "sink");
  }

  @Test
  void readyNamesEveryCheckAndIsDownWhileKafkaCannotBeReached() throws Exception {
    try (ServiceHost host = new ServiceHost("sink", settings())) {
      host.add(new FakeStage("sink"));
      HttpResponse<String> ready =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + host.port() + "/health/ready"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"kafka\"", "\"started\"", "\"sink\"", "sink ok");
      assertThat(host.registry().scrape()).contains("akhbar_stage_ready{stage=\"sink\"} 1");
    }
  }
}
