package dev.akhbar.common.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration has mistakes: every one of them, one line each. */
public final class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public InvalidConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigProblem> problems) {
    return (problems.size() == 1
            ? "invalid configuration: "
            : "invalid configuration (" + problems.size() + " problems):\n  ")
        + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n  "));
  }
}
