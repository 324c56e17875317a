package dev.akhbar.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The versions the build wrote into {@code version.properties}. */
public final class AkhbarVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties p = new Properties();
    try (InputStream in = AkhbarVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {
      "akhbar " + p.getProperty("akhbar", "(unknown)"),
      "Kafka " + p.getProperty("kafka", "(unknown)") + ", Java " + Runtime.version()
    };
  }
}
