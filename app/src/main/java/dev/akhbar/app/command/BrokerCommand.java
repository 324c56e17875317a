package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code akhbar broker}: the embedded single-node KRaft broker on its own, in its own process, so
 * that the other stages can run against it and it can be stopped or killed by itself (dev setups,
 * chaos runs). Not for production: run a real Kafka cluster there.
 */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a real single-node Kafka broker (KRaft, broker and controller in one) until SIGTERM or"
          + " Ctrl-C. The folder is formatted on first start and reused after: topics and offsets"
          + " survive a restart.",
      "Prints one JSON line when ready: {\"bootstrap_servers\": \"HOST:PORT\"}. For development"
          + " and tests only; production uses a Kafka cluster."
    })
public final class BrokerCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(BrokerCommand.class);

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./data/broker",
      description = "The broker's folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--port",
      defaultValue = "9092",
      description = "Client port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--controller-port",
      defaultValue = "9093",
      description = "Controller port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int controllerPort;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on and advertise (default: ${DEFAULT-VALUE}).")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EmbeddedKafkaBroker broker;
    try {
      broker =
          EmbeddedKafkaBroker.builder(data)
              .host(host)
              .brokerPort(port)
              .controllerPort(controllerPort)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              LOG.info("stopping the broker (signal received)");
              broker.close();
              stopped.countDown();
            },
            "akhbar-broker-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    broker.start();
    PrintWriter out = spec.commandLine().getOut();
    out.println("{\"bootstrap_servers\":\"" + broker.bootstrapServers() + "\"}");
    out.flush();
    stopped.await();
    return 0;
  }
}
