package dev.akhbar.samplesite;

import java.time.Instant;
import java.util.Objects;

/**
 * One state of the whole site. A file {@code X@N.ext} replaces {@code X.ext} from edition N on;
 * every response carries the {@code Last-Modified} of the edition its file belongs to.
 *
 * @param number 1 for the initial state, 2 for the later one
 * @param lastModified the {@code Last-Modified} of the files this edition brings
 * @param description what changes in this edition, for a reader of the manifest
 */
public record Edition(int number, Instant lastModified, String description) {

  public Edition {
    if (number < 1) {
      throw new IllegalArgumentException("edition number must be at least 1: " + number);
    }
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
