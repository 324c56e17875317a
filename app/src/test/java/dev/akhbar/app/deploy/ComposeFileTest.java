package dev.akhbar.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.app.Akhbar;
import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.common.config.ConfigInputs;
import dev.akhbar.common.config.ConfigResolver;
import dev.akhbar.common.config.EffectiveConfig;
import dev.akhbar.common.store.StoreLocation;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is consistent without a Docker engine: images and builds, health checks,
 * dependencies, the akhbar environment against the key table, ports against Prometheus, volumes.
 */
class ComposeFileTest {

  private static final JsonNode COMPOSE = RepoFiles.yaml("docker-compose.yml");
  private static final JsonNode SERVICES = COMPOSE.path("services");
  private static final List<String> AKHBAR = List.of("ingest", "processor", "sink");
  private static final Set<String> CONDITIONS =
      Set.of("service_started", "service_healthy", "service_completed_successfully");

  /** {@code ${NAME:-default}} as compose interpolates it when NAME is not set. */
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");

  @Test
  void bringsUpKafkaPostgresTheThreeServicesPrometheusAndGrafana() {
    assertThat(names(SERVICES))
        .containsExactlyInAnyOrder(
            "kafka", "postgres", "ingest", "processor", "sink", "prometheus", "grafana");
    assertThat(SERVICES.path("kafka").path("image").asText()).startsWith("apache/kafka:");
    assertThat(env("kafka").get("KAFKA_PROCESS_ROLES"))
        .as("KRaft, one node")
        .isEqualTo("broker,controller");
    assertThat(SERVICES.path("postgres").path("image").asText()).startsWith("postgres:");
    assertThat(SERVICES.path("prometheus").path("image").asText()).startsWith("prom/prometheus:");
    assertThat(SERVICES.path("grafana").path("image").asText()).startsWith("grafana/grafana:");
  }

  @Test
  void everyServiceHasAnImageOrABuildAndAHealthCheck() {
    for (String name : names(SERVICES)) {
      JsonNode s = SERVICES.path(name);
      assertThat(s.has("image") || s.has("build")).as(name + " image or build").isTrue();
      assertThat(s.path("healthcheck").path("test")).as(name + " healthcheck").isNotEmpty();
    }
  }

  @Test
  void theAkhbarServicesAreBuiltFromTheDockerfileIntoOneImage() {
    Set<String> images = new java.util.HashSet<>();
    for (String name : AKHBAR) {
      JsonNode s = SERVICES.path(name);
      assertThat(s.path("build").path("context").asText()).as(name).isEqualTo(".");
      String dockerfile = s.path("build").path("dockerfile").asText("Dockerfile");
      assertThat(RepoFiles.ROOT.resolve(dockerfile)).as(name).isRegularFile();
      images.add(s.path("image").asText());
    }
    assertThat(images).hasSize(1);
  }

  @Test
  void eachAkhbarServiceRunsItsServiceCommand() {
    Set<String> commands = Akhbar.commandLine().getSubcommands().keySet();
    assertThat(SERVICES.path("ingest").path("command").get(0).asText()).isEqualTo("ingest");
    assertThat(SERVICES.path("processor").path("command").get(0).asText()).isEqualTo("process");
    assertThat(SERVICES.path("sink").path("command").get(0).asText()).isEqualTo("sink");
    for (String name : AKHBAR) {
      assertThat(commands).contains(SERVICES.path(name).path("command").get(0).asText());
    }
  }

  @Test
  void dependenciesExistAndWaitForHealth() {
    for (String name : names(SERVICES)) {
      JsonNode deps = SERVICES.path(name).path("depends_on");
      for (String dep : names(deps)) {
        assertThat(SERVICES.has(dep)).as(name + " depends on " + dep).isTrue();
        assertThat(CONDITIONS).contains(deps.path(dep).path("condition").asText());
      }
    }
    for (String name : AKHBAR) {
      assertThat(condition(name, "kafka")).as(name).isEqualTo("service_healthy");
    }
    assertThat(condition("sink", "postgres")).isEqualTo("service_healthy");
    assertThat(condition("grafana", "prometheus")).isEqualTo("service_healthy");
  }

  @Test
  void theAkhbarEnvironmentIsAValidConfigurationForEachStage() {
    for (String name : AKHBAR) {
      Map<String, String> env = env(name);
      assertThat(env.keySet())
          .as(name)
          .allMatch(
              v ->
                  ConfigKeys.SCHEMA.findByVariable(v).isPresent()
                      || ConfigKeys.SCHEMA.findPropertiesByVariable(v).isPresent());
      EffectiveConfig config =
          ConfigResolver.resolve(
              ConfigKeys.SCHEMA,
              new ConfigInputs(Optional.empty(), env, List.of(), ConfigKeys.FOREIGN_VARIABLES));
      assertThat(config.warnings()).as(name).isEmpty();
      StageSettings settings = new StageSettings(config);
      switch (name) {
        case "ingest" -> settings.ingest();
        case "processor" -> settings.processor();
        default -> settings.sink();
      }
      settings.topicSpecs();
      assertThat(settings.bootstrapServers()).as(name).isEqualTo("kafka:9092");
    }
  }

  @Test
  void theSinkWritesToThePostgresServiceWithItsCredentials() {
    Map<String, String> env = env("sink");
    StoreLocation store = StoreLocation.parse(env.get("AKHBAR_STORE_URL"));
    assertThat(store.toString()).contains("postgresql://postgres:5432/");
    assertThat(env.get("AKHBAR_STORE_PASSWORD"))
        .isEqualTo(env("postgres").get("POSTGRES_PASSWORD"));
    assertThat(env.get("AKHBAR_STORE_URL"))
        .contains("user=" + env("postgres").get("POSTGRES_USER"));
  }

  @Test
  void portsMatchTheHealthChecksAndPrometheus() {
    JsonNode prometheus = RepoFiles.yaml("deploy/prometheus/prometheus.yml");
    Map<String, JsonNode> jobs = new LinkedHashMap<>();
    prometheus.path("scrape_configs").forEach(j -> jobs.put(j.path("job_name").asText(), j));
    for (String name : AKHBAR) {
      String port = env(name).get("AKHBAR_HTTP_PORT");
      assertThat(SERVICES.path(name).path("expose").toString()).as(name).contains(port);
      assertThat(SERVICES.path(name).path("healthcheck").path("test").toString())
          .as(name)
          .contains(":" + port + "/health/ready");
      assertThat(SERVICES.path(name).has("ports"))
          .as(name + " publishes no host port, so that it can be scaled")
          .isFalse();
      JsonNode job = jobs.get(name);
      assertThat(job).as("a Prometheus job for " + name).isNotNull();
      JsonNode sd = job.path("dns_sd_configs").get(0);
      assertThat(sd.path("names").get(0).asText()).isEqualTo(name);
      assertThat(sd.path("port").asText()).isEqualTo(port);
      assertThat(job.path("metrics_path").asText("/metrics")).isEqualTo("/metrics");
    }
  }

  @Test
  void theAkhbarServicesCanBeScaledOut() {
    for (String name : AKHBAR) {
      assertThat(SERVICES.path(name).path("deploy").path("replicas").isInt()).as(name).isTrue();
      assertThat(SERVICES.path(name).has("container_name")).as(name).isFalse();
    }
    // The processor's state volume is anonymous: one per replica, never shared.
    assertThat(SERVICES.path("processor").path("volumes").get(0).asText())
        .isEqualTo(env("processor").get("AKHBAR_PROCESSOR_STATE_DIR"));
  }

  @Test
  void namedVolumesAreDeclaredAndMountedFilesExist() {
    Set<String> declared = Set.copyOf(names(COMPOSE.path("volumes")));
    for (String name : names(SERVICES)) {
      for (JsonNode v : SERVICES.path(name).path("volumes")) {
        String[] parts = v.asText().split(":");
        if (parts.length < 2) {
          continue; // anonymous
        }
        if (parts[0].startsWith("./")) {
          assertThat(Files.exists(RepoFiles.ROOT.resolve(parts[0].substring(2))))
              .as(name + " mounts " + parts[0])
              .isTrue();
        } else {
          assertThat(declared).as(name + " volume " + parts[0]).contains(parts[0]);
        }
      }
    }
    assertThat(declared).contains("kafka-data", "postgres-data");
    String sources = env("ingest").get("AKHBAR_INGEST_SOURCES");
    assertThat(SERVICES.path("ingest").path("volumes").toString()).contains(":" + sources + ":ro");
  }

  @Test
  void grafanaIsProvisionedWithThePrometheusDatasourceAndTheDashboard() {
    JsonNode ds = RepoFiles.yaml("deploy/grafana/provisioning/datasources/prometheus.yml");
    String uid = ds.path("datasources").get(0).path("uid").asText();
    assertThat(ds.path("datasources").get(0).path("url").asText())
        .isEqualTo("http://prometheus:9090");
    JsonNode dashboard = RepoFiles.json(MonitoringQueries.DASHBOARD);
    assertThat(dashboard.findValues("uid").stream().map(JsonNode::asText)).contains("akhbar", uid);
    assertThat(dashboard.path("panels").findValues("datasource"))
        .allMatch(d -> d.path("uid").asText().equals(uid));
    JsonNode provider = RepoFiles.yaml("deploy/grafana/provisioning/dashboards/akhbar.yml");
    assertThat(SERVICES.path("grafana").path("volumes").toString())
        .contains(
            "./deploy/grafana/dashboards:"
                + provider.path("providers").get(0).path("options").path("path").asText());
    assertThat(SERVICES.path("prometheus").path("volumes").toString())
        .contains("./deploy/prometheus:/etc/prometheus");
    assertThat(URI.create("http://x/").resolve("/metrics").getPath()).isEqualTo("/metrics");
  }

  private static String condition(String service, String dependency) {
    return SERVICES.path(service).path("depends_on").path(dependency).path("condition").asText();
  }

  /** A service's environment as compose passes it when no variable of the shell is set. */
  static Map<String, String> env(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    SERVICES
        .path(service)
        .path("environment")
        .properties()
        .forEach(e -> env.put(e.getKey(), interpolate(e.getValue().asText())));
    return env;
  }

  private static String interpolate(String value) {
    Matcher m = INTERPOLATION.matcher(value);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
