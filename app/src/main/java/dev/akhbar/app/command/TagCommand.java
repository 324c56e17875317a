package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.json.InvalidRecordException;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.record.Tags;
import dev.akhbar.processor.tag.Tagger;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code akhbar tag}: entities, topics, keywords and dateline of one article's text on stdin. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Reads one article's text on stdin (with --article, a raw-article JSON) and prints one JSON"
          + " object: entities (type PERSON|LOCATION|ORGANIZATION, text, start, end exclusive,"
          + " canonical, country_code), topics (code, label_ar, label_en, score), keywords (term,"
          + " score) and dateline (text, location) or null.",
      "Offsets are code points into stdin as given; with --article into the display form of the"
          + " title or body named by field."
    })
public final class TagCommand implements Callable<Integer> {

  @Option(names = "--article", description = "stdin is a raw-article JSON (the backfill format).")
  boolean article;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String input = StdinText.read(System.in);
    Tagger tagger = Tagger.load();
    Tags tags;
    if (article) {
      try {
        tags = tagger.tag(RawArticleReader.withDefaults().read(input));
      } catch (InvalidRecordException e) {
        throw new UsageException("stdin is not a raw article: " + e.getMessage(), e);
      }
    } else {
      tags = tagger.tagText(input);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(AkhbarJson.mapper().writeValueAsString(tags));
    out.flush();
    return 0;
  }
}
