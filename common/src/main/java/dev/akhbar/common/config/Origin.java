package dev.akhbar.common.config;

/** Where a value came from, lowest precedence first. */
public enum Origin {
  DEFAULT("default"),
  FILE("file"),
  ENVIRONMENT("environment"),
  FLAG("flag");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  /** What {@code akhbar config print} calls it. */
  public String label() {
    return label;
  }
}
