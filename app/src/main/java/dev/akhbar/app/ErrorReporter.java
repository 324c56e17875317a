package dev.akhbar.app;

import dev.akhbar.app.service.ServiceStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How errors reach the user: a usage mistake is one line and exit 2; any other failure is logged
 * with its cause for the operator, summarized in one line, and exits 1.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println("akhbar: " + e.getMessage());
    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    return CommandLine.ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    if (e instanceof UsageException) {
      cmd.getErr().println("akhbar: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    if (e instanceof ServiceStartException) {
      LOG.error("{} cannot start: {}", cmd.getCommandSpec().qualifiedName(), e.getMessage());
      cmd.getErr().println("akhbar: " + cmd.getCommandName() + " cannot start: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
    LOG.error("{} failed", cmd.getCommandSpec().qualifiedName(), e);
    cmd.getErr().println("akhbar: " + cmd.getCommandName() + " failed: " + e);
    return CommandLine.ExitCode.SOFTWARE;
  }
}
