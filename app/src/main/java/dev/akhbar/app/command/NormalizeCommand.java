package dev.akhbar.app.command;

import dev.akhbar.text.Normalizer;
import dev.akhbar.text.Tokenizer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code akhbar normalize}: the display or match form of the UTF-8 text on stdin. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Reads UTF-8 text on stdin and writes its normalized form on stdout. Paragraphs (blank-line"
          + " separated) are kept; Arabic punctuation (، ؛ ؟) stays Arabic in both forms.",
      "display: what a reader sees (NFKC, controls and tatweel removed, whitespace unified).",
      "match: what dedup, tagging and search compare (display plus diacritics removed, alef,"
          + " yeh, teh marbuta and Persian letters folded, digits to ASCII). See docs/text.md."
    })
public final class NormalizeCommand implements Callable<Integer> {

  /** The two forms of the contract. */
  enum Form {
    display,
    match
  }

  @Option(
      names = "--form",
      defaultValue = "display",
      description = "display or match (default: ${DEFAULT-VALUE}).")
  Form form;

  @Option(names = "--tokens", description = "Print one token of the chosen form per line.")
  boolean tokens;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String input = StdinText.read(System.in);
    Normalizer normalizer = Normalizer.defaults();
    String text =
        form == Form.display ? normalizer.display(input) : normalizer.normalize(input).match();
    PrintWriter out = spec.commandLine().getOut();
    if (tokens) {
      Tokenizer.defaults().words(text).forEach(out::println);
    } else {
      out.print(text);
      if (!text.isEmpty()) {
        out.println();
      }
    }
    out.flush();
    return 0;
  }
}
