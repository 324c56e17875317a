package dev.akhbar.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceEndpointsTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void servesPrometheusMetricsAndHealth() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Counter.builder("akhbar.articles.published")
        .description("articles published")
        .register(registry)
        .increment(3);
    AtomicBoolean running = new AtomicBoolean(false);
    try (ServiceEndpoints endpoints = ServiceEndpoints.start("127.0.0.1", 0, registry)) {
      endpoints.addCheck(
          "streams",
          () ->
              running.get()
                  ? HealthCheck.Status.up("RUNNING")
                  : HealthCheck.Status.down("REBALANCING"));

      HttpResponse<String> metrics = get(endpoints, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      assertThat(metrics.body()).contains("akhbar_articles_published_total 3.0");

      assertThat(get(endpoints, "/health/live").statusCode()).isEqualTo(200);
      HttpResponse<String> notReady = get(endpoints, "/health/ready");
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).contains("\"status\":\"DOWN\"").contains("REBALANCING");

      running.set(true);
      HttpResponse<String> ready = get(endpoints, "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"status\":\"UP\"");
    }
  }

  @Test
  void aFailingCheckMeansNotReadyWithTheReason() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (ServiceEndpoints endpoints = ServiceEndpoints.start("127.0.0.1", 0, registry)) {
      endpoints.addCheck(
          "db",
          () -> {
            throw new IllegalStateException("connection refused");
          });
      HttpResponse<String> r = get(endpoints, "/health/ready");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).contains("connection refused");
    }
  }

  private HttpResponse<String> get(ServiceEndpoints endpoints, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
