package dev.akhbar.app.command;

import dev.akhbar.common.kafka.Topics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The Kafka options shared by the commands that talk to a cluster. */
public final class KafkaOptions {

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT[,…]",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:AKHBAR_KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}")
  String bootstrap;

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      description = "Prefix of the topic names (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:AKHBAR_TOPICS_PREFIX:-akhbar}")
  String topicPrefix;

  @Option(
      names = "--kafka-property",
      paramLabel = "KEY=VALUE",
      description = "Any Kafka client property, for example security.protocol=SASL_SSL.")
  Map<String, String> extra = new LinkedHashMap<>();

  public Topics topics() {
    return new Topics(topicPrefix);
  }

  /** Client properties for {@code bootstrapServers} plus the pass-through ones. */
  public Map<String, Object> clientProperties(String bootstrapServers) {
    Map<String, Object> p = new HashMap<>(extra);
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return p;
  }

  public Map<String, Object> clientProperties() {
    return clientProperties(bootstrap);
  }
}
