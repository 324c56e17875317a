package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled paragraphs the tagger is measured on (written for akhbar; see {@code
 * eval/README.md}). A paragraph is a line {@code @ id topic|topic} followed by its text, in which
 * entities are marked {@code [[PER …]]}, {@code [[LOC …]]} or {@code [[ORG …]]}; the markup is
 * removed and the spans kept as code-point offsets into the plain text.
 */
public final class EvaluationSet {

  /** The two parts of the set: tune on the first, check on the second only at the end. */
  public enum Part {
    DEV("dev.txt"),
    HELDOUT("heldout.txt");

    final String file;

    Part(String file) {
      this.file = file;
    }
  }

  /** One gold entity: type and code-point span, end exclusive. */
  public record Gold(EntityType type, int start, int end, String text) {}

  /** One labelled paragraph. */
  public record Paragraph(String id, Set<String> topics, String text, List<Gold> entities) {}

  static final String FOLDER = "dev/akhbar/processor/tag/eval/";

  private EvaluationSet() {}

  public static List<Paragraph> load(Part part) {
    String path = FOLDER + part.file;
    try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing evaluation resource " + path);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static List<Paragraph> parse(String content) {
    List<Paragraph> out = new ArrayList<>();
    String id = null;
    Set<String> topics = Set.of();
    StringBuilder marked = new StringBuilder();
    for (String line : content.split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        if (id != null) {
          out.add(paragraph(id, topics, marked.toString().strip()));
        }
        String[] head = line.substring(1).strip().split("\\s+");
        id = head[0];
        topics = head.length > 1 ? Set.of(head[1].split("\\|")) : Set.of();
        marked.setLength(0);
      } else if (id != null && !line.isBlank()) {
        if (marked.length() > 0) {
          marked.append('\n');
        }
        marked.append(line.strip());
      }
    }
    if (id != null) {
      out.add(paragraph(id, topics, marked.toString().strip()));
    }
    return out;
  }

  static Paragraph paragraph(String id, Set<String> topics, String marked) {
    StringBuilder plain = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        plain.append(marked, i, marked.length());
        break;
      }
      plain.append(marked, i, open);
      int close = marked.indexOf("]]", open);
      int space = marked.indexOf(' ', open);
      if (close < 0 || space < 0 || space > close) {
        throw new IllegalArgumentException("bad entity markup in paragraph " + id + " at " + open);
      }
      EntityType type = typeOf(marked.substring(open + 2, space), id);
      String text = marked.substring(space + 1, close);
      int start = plain.codePointCount(0, plain.length());
      plain.append(text);
      gold.add(new Gold(type, start, start + text.codePointCount(0, text.length()), text));
      i = close + 2;
    }
    return new Paragraph(id, topics, plain.toString(), List.copyOf(gold));
  }

  private static EntityType typeOf(String tag, String id) {
    switch (tag) {
      case "PER":
        return EntityType.PERSON;
      case "LOC":
        return EntityType.LOCATION;
      case "ORG":
        return EntityType.ORGANIZATION;
      default:
        throw new IllegalArgumentException("unknown entity type " + tag + " in paragraph " + id);
    }
  }
}
