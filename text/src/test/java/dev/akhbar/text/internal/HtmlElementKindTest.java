package dev.akhbar.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An element's name, as it stands in the text, decides what its tag leaves behind. */
class HtmlElementKindTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "p, BLOCK",
    "P, BLOCK",
    "div, BLOCK",
    "DiV, BLOCK",
    "li, BLOCK",
    "h1, BLOCK",
    "H6, BLOCK",
    "hr, BLOCK",
    "blockquote, BLOCK",
    "figcaption, BLOCK",
    "FIGCAPTION, BLOCK",
    "tbody, BLOCK",
    "br, LINE_BREAK",
    "BR, LINE_BREAK",
    "td, CELL",
    "th, CELL",
    "script, RAW_TEXT",
    "STYLE, RAW_TEXT",
    "noscript, RAW_TEXT",
    "b, INLINE",
    "a, INLINE",
    "span, INLINE",
    "h7, INLINE",
    "h, INLINE",
    "pp, INLINE",
    "script-x, INLINE",
    "x-p, INLINE",
    "figcaptionx, INLINE",
    "blockquotes, INLINE",
    "custom-element, INLINE",
    "scripts, INLINE",
    "tr1, INLINE",
    "d1v, INLINE"
  })
  void kindOfName(String name, HtmlElementKind kind) {
    assertThat(HtmlElementKind.of(name.toCharArray(), 0, name.length())).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Only ASCII letters match: a dotless i, a long s or a fullwidth p is no element's name.
        "d\\u0131v",
        "\\u017Fcript",
        "\\uFF50",
        // Arabic and other non-name characters.
        "\\u0628",
        "p\\u0627",
        "p_",
        "p.",
        "p\\u0020",
        "\\u0000"
      })
  void namesWithOtherCharactersAreInline(String escaped) {
    String name = unescape(escaped);

    assertThat(HtmlElementKind.of(name.toCharArray(), 0, name.length()))
        .isEqualTo(HtmlElementKind.INLINE);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"p, <p>, 1, 2", "td, x</td>y, 3, 5", "br, <br/>, 1, 3", "div, adivz, 1, 4"})
  void readsTheNameWhereItStands(String name, String text, int from, int to) {
    assertThat(HtmlElementKind.of(text.toCharArray(), from, to))
        .isEqualTo(HtmlElementKind.of(name.toCharArray(), 0, name.length()))
        .isNotEqualTo(HtmlElementKind.INLINE);
  }

  @Test
  void eachKindLeavesWhatABrowserDraws() {
    assertThat(HtmlElementKind.INLINE.replacement()).isEmpty();
    assertThat(HtmlElementKind.LINE_BREAK.replacement()).isEqualTo("\n");
    assertThat(HtmlElementKind.BLOCK.replacement()).isEqualTo("\n\n");
    assertThat(HtmlElementKind.CELL.replacement()).isEqualTo(" ");
    assertThat(HtmlElementKind.RAW_TEXT.replacement()).isEmpty();
  }

  @Test
  void emptyNameIsInline() {
    assertThat(HtmlElementKind.of("<>".toCharArray(), 1, 1)).isEqualTo(HtmlElementKind.INLINE);
  }

  private static String unescape(String escaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      if (escaped.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(escaped.charAt(i));
      }
    }
    return out.toString();
  }
}
