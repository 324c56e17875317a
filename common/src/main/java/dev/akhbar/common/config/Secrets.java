package dev.akhbar.common.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which values are never printed: keys declared {@link ConfigKey#masked()}, and free-form
 * properties whose names say they hold a credential (Kafka's {@code sasl.jaas.config}, {@code
 * ssl.keystore.password}, {@code ssl.key.password}, {@code ssl.keystore.key}, OAuth client secrets,
 * Schema Registry's {@code basic.auth.user.info}).
 */
public final class Secrets {

  /** What a masked value prints as. */
  public static final String MASK = "******";

  private static final Pattern SECRET_PROPERTY =
      Pattern.compile(
          ".*(password|secret|jaas|credential|token|user\\.info|\\.key$|private).*",
          Pattern.CASE_INSENSITIVE);

  private Secrets() {}

  /** Whether a free-form property named {@code name} may hold a credential. */
  public static boolean isSecretProperty(String name) {
    return SECRET_PROPERTY.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }
}
