package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.text.internal.AlefMaksuraFolding;
import dev.akhbar.text.internal.AlefVariantFolding;
import dev.akhbar.text.internal.ArabicDiacriticRemoval;
import dev.akhbar.text.internal.CharacterMap;
import dev.akhbar.text.internal.CharacterRule;
import dev.akhbar.text.internal.ControlCharacterRemoval;
import dev.akhbar.text.internal.DigitFolding;
import dev.akhbar.text.internal.HamzaSeatFolding;
import dev.akhbar.text.internal.InvisibleFormattingRemoval;
import dev.akhbar.text.internal.Lowercasing;
import dev.akhbar.text.internal.NumberSignFolding;
import dev.akhbar.text.internal.PersianLetterFolding;
import dev.akhbar.text.internal.QuranicMarkRemoval;
import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TatweelRemoval;
import dev.akhbar.text.internal.TehMarbutaFolding;
import dev.akhbar.text.internal.TextBuffer;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each code-point rule on its own: code point in, code point out (or DELETE), in hex. */
class CharacterRulesTest {

  private static final Map<String, Supplier<CharacterRule>> RULES =
      Map.ofEntries(
          Map.entry("control", ControlCharacterRemoval::new),
          Map.entry("invisible", InvisibleFormattingRemoval::new),
          Map.entry("tatweel", TatweelRemoval::new),
          Map.entry("diacritics", ArabicDiacriticRemoval::new),
          Map.entry("quranic", QuranicMarkRemoval::new),
          Map.entry("alef", AlefVariantFolding::new),
          Map.entry("maksura", AlefMaksuraFolding::new),
          Map.entry("marbuta", TehMarbutaFolding::new),
          Map.entry("hamza", HamzaSeatFolding::new),
          Map.entry("persian", PersianLetterFolding::new),
          Map.entry("digits", DigitFolding::new),
          Map.entry("signs", NumberSignFolding::new),
          Map.entry("lowercase", Lowercasing::new));

  @ParameterizedTest(name = "{0}: U+{1} -> {2}")
  @CsvSource({
    "control, 0000, DELETE",
    "control, 0007, DELETE",
    "control, 001F, DELETE",
    "control, 007F, DELETE",
    "control, 009F, DELETE",
    "control, 0009, 0009",
    "control, 000A, 000A",
    "control, 000D, 000D",
    "control, 0085, 0085",
    "control, 0627, 0627",
    "invisible, 200B, DELETE",
    "invisible, 200C, DELETE",
    "invisible, 200D, DELETE",
    "invisible, 200E, DELETE",
    "invisible, 200F, DELETE",
    "invisible, 202A, DELETE",
    "invisible, 202E, DELETE",
    "invisible, 2066, DELETE",
    "invisible, 2069, DELETE",
    "invisible, FEFF, DELETE",
    "invisible, 061C, DELETE",
    "invisible, 00AD, DELETE",
    "invisible, 2060, DELETE",
    "invisible, 0600, 0600",
    "invisible, 06DD, 06DD",
    "invisible, 2010, 2010",
    "invisible, 0020, 0020",
    "tatweel, 0640, DELETE",
    "tatweel, 0641, 0641",
    "diacritics, 064B, DELETE",
    "diacritics, 064E, DELETE",
    "diacritics, 0651, DELETE",
    "diacritics, 0652, DELETE",
    "diacritics, 0670, DELETE",
    "diacritics, 0653, 0653",
    "diacritics, 064A, 064A",
    "quranic, 0610, DELETE",
    "quranic, 061A, DELETE",
    "quranic, 0653, DELETE",
    "quranic, 0654, DELETE",
    "quranic, 0655, DELETE",
    "quranic, 065F, DELETE",
    "quranic, 06D6, DELETE",
    "quranic, 06DC, DELETE",
    "quranic, 06DF, DELETE",
    "quranic, 06E5, DELETE",
    "quranic, 06E6, DELETE",
    "quranic, 06E8, DELETE",
    "quranic, 06ED, DELETE",
    "quranic, 08F0, DELETE",
    "quranic, 06DD, 06DD",
    "quranic, 06DE, 06DE",
    "quranic, 06E9, 06E9",
    "quranic, 061B, 061B",
    "quranic, 061F, 061F",
    "alef, 0622, 0627",
    "alef, 0623, 0627",
    "alef, 0625, 0627",
    "alef, 0671, 0627",
    "alef, 0672, 0627",
    "alef, 0673, 0627",
    "alef, 0621, 0621",
    "alef, 0627, 0627",
    "maksura, 0649, 064A",
    "maksura, 064A, 064A",
    "marbuta, 0629, 0647",
    "marbuta, 06C3, 0647",
    "marbuta, 062A, 062A",
    "hamza, 0624, 0648",
    "hamza, 0626, 064A",
    "hamza, 0621, 0621",
    "persian, 06A9, 0643",
    "persian, 06AA, 0643",
    "persian, 06CC, 064A",
    "persian, 06D2, 064A",
    "persian, 06D3, 064A",
    "persian, 06C1, 0647",
    "persian, 06C2, 0647",
    "persian, 06C0, 0647",
    "persian, 06BE, 0647",
    "persian, 067E, 067E",
    "persian, 0686, 0686",
    "persian, 0698, 0698",
    "persian, 06AF, 06AF",
    "digits, 0660, 0030",
    "digits, 0669, 0039",
    "digits, 06F0, 0030",
    "digits, 06F9, 0039",
    "digits, 0966, 0966",
    "digits, 0035, 0035",
    "signs, 066B, 002E",
    "signs, 066C, 002C",
    "signs, 066A, 0025",
    "signs, 060C, 060C",
    "lowercase, 0041, 0061",
    "lowercase, 0130, 0069",
    "lowercase, 00C9, 00E9",
    "lowercase, 0410, 0430",
    "lowercase, 0627, 0627",
  })
  void mapsOneCodePoint(String rule, String codePoint, String expected) {
    int result = RULES.get(rule).get().apply(Integer.parseInt(codePoint, 16));

    int wanted = expected.equals("DELETE") ? CharacterRule.DELETE : Integer.parseInt(expected, 16);
    assertThat(result).isEqualTo(wanted);
  }

  @Test
  void theFusedMatchTableIsIdempotentOnEveryBmpCharacter() {
    CharacterMap match = FormChain.characterMap(FormDefinition.defaults().match());

    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int once = match.map(c);
      if (once != CharacterRule.DELETE && Character.isBmpCodePoint(once)) {
        assertThat(match.map((char) once)).as("U+%04X", (int) c).isEqualTo(once);
      }
    }
  }

  @Test
  void fusedRulesApplyInOrder() {
    CharacterMap map =
        new CharacterMap(java.util.List.of(new AlefVariantFolding(), new TatweelRemoval()));

    assertThat(map.map('\u0623')).isEqualTo('\u0627');
    assertThat(map.map('\u0640')).isEqualTo(CharacterRule.DELETE);
    assertThat(map.map('b')).isEqualTo('b');
  }

  /**
   * The match form skips its space clean-up when the fused map deleted nothing beside a space or a
   * line feed: a mark inside a word is not counted, one beside a space or at an end is, tracked or
   * not, and the untracked in-place loop writes the same text as the tracked one.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "قتيل\u064Bا واحدا | قتيلا واحدا | 0",
        "أكَّد أنَّ الحوار | اكد ان الحوار | 1",
        "قال \u064B إن | قال  ان | 1",
        "\u064Bقال | قال | 1",
        "قال\u064B | قال | 1",
        "سطر\\n\u0652\\nسطر | سطر\\n\\nسطر | 1",
        "بلا حركات ولا همزة | بلا حركات ولا همزه | 0",
        "\uD835\uDC00\u064B كتب | \uD835\uDC00 كتب | 1",
      })
  void countsOnlyDeletionsThatMayTouchTheSpacing(String input, String expected, int counted) {
    CharacterMap match = FormChain.characterMap(FormDefinition.defaults().match());
    String text = unescape(input);
    for (boolean tracking : new boolean[] {false, true}) {
      TextBuffer in = TextBuffer.of(text, text.length(), tracking);
      TextBuffer out = new TextBuffer(0, tracking);
      Tally tally = new Tally();

      boolean changed = match.apply(in, out, tally);

      assertThat(changed ? out.text() : text)
          .as("tracking %s", tracking)
          .isEqualTo(unescape(expected));
      assertThat(tally.deletionsBesideSpacing).as("tracking %s", tracking).isEqualTo(counted);
    }
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (s.startsWith("\\n", i)) {
        out.append('\n');
        i++;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
