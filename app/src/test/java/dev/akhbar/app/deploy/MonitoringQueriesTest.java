package dev.akhbar.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonitoringQueriesTest {

  @Test
  void findsMetricNamesButNotFunctionsLabelsOrValues() {
    assertThat(
            MonitoringQueries.metricNames(
                "sum by (stage, kafka_version) (rate(akhbar_x_total{job=\"kafka_y\"}[5m]))"
                    + " / on (instance) jvm_memory_used_bytes > 2 * 3600 and up == 0"))
        .containsExactlyInAnyOrder("akhbar_x_total", "jvm_memory_used_bytes", "up");
  }

  @Test
  void theDashboardAndTheAlertsHaveQueries() {
    assertThat(MonitoringQueries.dashboardExpressions()).hasSizeGreaterThan(10);
    assertThat(MonitoringQueries.alertExpressions()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(MonitoringQueries.allMetricNames()).contains("akhbar_consumer_lag");
  }
}
