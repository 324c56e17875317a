package dev.akhbar.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as paragraphs: every block element and every {@code <br>} ends one,
 * whitespace inside a paragraph becomes one space, empty paragraphs vanish. The walk is iterative
 * (jsoup's {@link NodeTraversor}), so a page nested 100,000 deep cannot overflow the stack.
 */
final class PlainText {

  /** Elements that start and end a paragraph. */
  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "address",
          "hr",
          "br",
          "details",
          "summary",
          "center");

  private PlainText() {}

  /** The paragraphs of {@code root}, separated by one blank line. */
  static String of(Element root) {
    return String.join("\n\n", paragraphs(root));
  }

  /** The paragraphs of {@code root}, each trimmed and non-empty. */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    for (TextBlock b : blocks(root)) {
      out.add(b.text());
    }
    return out;
  }

  /** The paragraphs of {@code root} with the share of each that is link text. */
  static List<TextBlock> blocks(Element root) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.blocks;
  }

  /** The paragraphs of a plain text: lines, blank or not, separate them. */
  static List<String> paragraphsOf(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String p = collapse(line);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Runs of whitespace, no-break spaces included, as one space; trimmed. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static final class Collector implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int linkDepth;
    int linkChars;
    int chars;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String t = text.getWholeText();
        current.append(t);
        int visible = visibleChars(t);
        chars += visible;
        if (linkDepth > 0) {
          linkChars += visible;
        }
      } else if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          flush();
        }
        if (e.normalName().equals("a")) {
          linkDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          linkDepth--;
        }
        if (BLOCKS.contains(e.normalName())) {
          flush();
        }
      }
    }

    void flush() {
      if (current.length() > 0) {
        String p = collapse(current.toString());
        if (!p.isEmpty()) {
          blocks.add(new TextBlock(p, linkChars, chars));
        }
        current.setLength(0);
      }
      linkChars = 0;
      chars = 0;
    }

    private static int visibleChars(String text) {
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          n++;
        }
      }
      return n;
    }
  }
}
