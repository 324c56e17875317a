package dev.akhbar.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives a test an {@link EmbeddedKafkaBroker}: a real KRaft broker, started
 * once per test JVM in a fresh temporary folder and stopped when the run ends. Tests share it, so
 * each test uses its own topic prefix or group id.
 *
 * <pre>{@code
 * @ExtendWith(BrokerExtension.class)
 * class SinkIT {
 *   @Test void storesArticles(EmbeddedKafkaBroker broker) { ... broker.bootstrapServers() ... }
 * }
 * }</pre>
 */
public final class BrokerExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrokerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EmbeddedKafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent("broker", key -> startShared(), SharedBroker.class)
        .broker();
  }

  private static SharedBroker startShared() {
    try {
      Path dir = Files.createTempDirectory("akhbar-test-broker-");
      return new SharedBroker(EmbeddedKafkaBroker.builder(dir).build().start(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the test broker", e);
    }
  }

  /** The shared broker and its folder, both removed when the test run ends. */
  record SharedBroker(EmbeddedKafkaBroker broker, Path dir) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      broker.close();
      FolderRemoval.deleteRecursively(dir);
    }
  }
}
