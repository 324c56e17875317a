package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The maps from match form to display form to input, and code point conversion for output. */
class OffsetsTest {

  private static final Normalizer NORMALIZER = Normalizer.defaults();

  @Test
  void mapsAMatchSpanBackOverDeletedInvisibleCharacters() {
    Normalized normalized = NORMALIZER.normalize("في بن\u200Bغازي");
    int start = normalized.match().indexOf("بنغازي");

    Span display = normalized.displaySpan(start, start + 6);
    Span input = normalized.inputSpanOfMatch(start, start + 6);

    assertThat(normalized.display().substring(display.start(), display.end())).isEqualTo("بنغازي");
    assertThat(input).isEqualTo(new Span(3, 10));
  }

  @Test
  void mapsAMatchSpanOverDiacriticsToTheVowelledDisplayWord() {
    Normalized normalized = NORMALIZER.normalize("قُتِلَ قَتِيلًا");
    int start = normalized.match().indexOf("قتيلا");

    Span display = normalized.displaySpan(start, start + 5);

    assertThat(normalized.display().substring(display.start(), display.end()))
        .isEqualTo("قَتِيلًا");
  }

  @Test
  void bothLettersOfAnExpandedLigatureMapToTheLigature() {
    Normalized normalized = NORMALIZER.normalize("ال\uFEFBعب");

    assertThat(normalized.display()).isEqualTo("اللاعب");
    assertThat(normalized.inputSpan(2, 3)).isEqualTo(new Span(2, 3));
    assertThat(normalized.inputSpan(3, 4)).isEqualTo(new Span(2, 3));
    assertThat(normalized.inputSpan(2, 6)).isEqualTo(new Span(2, 5));
  }

  @Test
  void aComposedLetterMapsToBothOfItsSourceCharacters() {
    Normalized normalized = NORMALIZER.normalize("ا\u0654كد");

    assertThat(normalized.display()).isEqualTo("أكد");
    assertThat(normalized.inputSpan(0, 1)).isEqualTo(new Span(0, 2));
  }

  @Test
  void aDecodedEntityMapsToTheWholeReference() {
    Normalized normalized = NORMALIZER.normalize("&laquo;ليبيا&raquo;");

    assertThat(normalized.display()).isEqualTo("«ليبيا»");
    assertThat(normalized.inputSpan(0, 1)).isEqualTo(new Span(0, 7));
    assertThat(normalized.inputSpan(1, 6)).isEqualTo(new Span(7, 12));
  }

  @Test
  void aSpaceInsertedBetweenGluedWordsHasAnEmptySource() {
    String input = "صنفتها الولاياتالمتحدة";
    Normalized normalized = NORMALIZER.normalize(input);
    int space = normalized.display().indexOf(" المتحدة");

    assertThat(normalized.inputSpan(space, space + 1)).isEqualTo(new Span(15, 15));
    Span name = normalized.inputSpan(7, normalized.display().length());
    assertThat(input.substring(name.start(), name.end())).isEqualTo("الولاياتالمتحدة");
  }

  @Test
  void paragraphBreakMapsToTheWhitespaceItReplaced() {
    Normalized normalized = NORMALIZER.normalize("أ \r\n\r\n ب");

    assertThat(normalized.display()).isEqualTo("أ\n\nب");
    assertThat(normalized.inputSpan(1, 3)).isEqualTo(new Span(1, 7));
    assertThat(normalized.inputSpan(3, 4)).isEqualTo(new Span(7, 8));
  }

  @Test
  void emptySpansAndTheEndOfTheTextMapToTheEnd() {
    Normalized normalized = NORMALIZER.normalize("بنغازي\u200F");

    assertThat(normalized.inputSpan(6, 6)).isEqualTo(new Span(7, 7));
    assertThat(normalized.displayToInput().sourceLength()).isEqualTo(7);
  }

  @Test
  void anEmptyDisplayFormMapsToTheEndOfTheInput() {
    Normalized normalized = NORMALIZER.normalize("\u200B ");

    assertThat(normalized.display()).isEmpty();
    assertThat(normalized.inputSpan(0, 0)).isEqualTo(new Span(2, 2));
    assertThat(normalized.displaySpan(0, 0)).isEqualTo(new Span(0, 0));
  }

  @Test
  void composingTwoMapsGoesStraightFromMatchToInput() {
    Normalized normalized = NORMALIZER.normalize("<b>أحمد</b>");
    OffsetMap matchToInput = normalized.matchToDisplay().andThen(normalized.displayToInput());

    assertThat(matchToInput.toSource(0, 4)).isEqualTo(new Span(3, 7));
    assertThat(normalized.inputSpanOfMatch(0, 4)).isEqualTo(new Span(3, 7));
  }

  @Test
  void rejectsPositionsOutsideTheText() {
    Normalized normalized = NORMALIZER.normalize("نص");

    assertThatThrownBy(() -> normalized.displaySpan(0, 3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("targetEnd must be in [0, 2]");
    assertThatThrownBy(() -> normalized.displaySpan(2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codePointOffsetsCountASurrogatePairOnce() {
    String text = "\uD83D\uDE00 بنغازي";
    CodePointOffsets offsets = CodePointOffsets.of(text);

    assertThat(offsets.toCodePoint(3)).isEqualTo(2);
    assertThat(offsets.toCodePoint(text.length())).isEqualTo(8);
    assertThat(offsets.toCharIndex(2)).isEqualTo(3);
    assertThat(offsets.codePointCount()).isEqualTo(8);
    assertThat(offsets.toCodePoints(new Span(3, 9))).isEqualTo(new Span(2, 8));
  }

  @Test
  void codePointOffsetsAreTheIdentityWithoutSupplementaryCharacters() {
    CodePointOffsets offsets = CodePointOffsets.of("بنغازي");

    assertThat(offsets.toCodePoint(4)).isEqualTo(4);
    assertThat(offsets.toCharIndex(6)).isEqualTo(6);
  }

  @Test
  void tagOffsetsInCodePointsOfTheInputAsGiven() {
    // What `akhbar tag` does: find in the match form, report code points of stdin.
    String input = "\uD83D\uDCF0 قال الرئيس في بنـغازي";
    Normalized normalized = NORMALIZER.normalize(input);
    int start = normalized.match().indexOf("بنغازي");

    Span inInput = normalized.inputSpanOfMatch(start, start + 6);
    Span inCodePoints = CodePointOffsets.of(input).toCodePoints(inInput);

    assertThat(input.substring(inInput.start(), inInput.end())).isEqualTo("بنـغازي");
    assertThat(inCodePoints).isEqualTo(new Span(16, 23));
  }
}
