package dev.akhbar.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whitespace and space clean-up steps decide that a text needs nothing with a scan of two bits
 * per character in groups; these tests hold that decision to the rule written plainly as a regular
 * expression, on texts dense with every kind of whitespace, at every length around the groups.
 */
class SpacingScanTest {

  private static final String NOT_WHITE = "[^\\p{Zs}\\t\\u000B\\n\\r\\u0085\\u2028\\f\\u2029]";

  /** Words separated by one space or one paragraph break, nothing at the ends. */
  private static final Pattern UNIFIED =
      Pattern.compile("(?:" + NOT_WHITE + "+(?: |\n\n))*" + NOT_WHITE + "+");

  /** A space or line feed at an end or after a space, a line feed after a space, three feeds. */
  private static final Pattern NEEDS_CLEAN_UP = Pattern.compile("^[ \n]|[ \n]$|[ \n] | \n|\n\n\n");

  private static final char[] ALPHABET = {
    'a', 'ب', ' ', ' ', '\n', '\n', '\t', '\r', '\u00A0', '\u2029', '\f', '\u0085', '\u2028',
    '\u3000', '\u000B', '.'
  };

  @Test
  void whitespaceIsCleanExactlyWhenItIsSingleSpacesAndParagraphBreaksBetweenWords() {
    Random random = new Random(11L);
    for (int k = 0; k < 20_000; k++) {
      String text = randomText(random, k % 3 == 0 ? 4 : ALPHABET.length);
      char[] chars = text.toCharArray();

      assertThat(WhitespaceUnification.isClean(chars, chars.length))
          .as("%s", text.replace("\n", "\\n"))
          .isEqualTo(text.isEmpty() || UNIFIED.matcher(text).matches());
    }
  }

  @Test
  void spacesAreCleanExactlyWhenNoRuleOfTheCleanUpApplies() {
    Random random = new Random(12L);
    for (int k = 0; k < 20_000; k++) {
      String text = randomText(random, 6);
      char[] chars = text.toCharArray();

      assertThat(SpaceCleanup.isClean(chars, chars.length))
          .as("%s", text.replace("\n", "\\n"))
          .isEqualTo(!NEEDS_CLEAN_UP.matcher(text).find());
    }
  }

  @Test
  void longCleanTextsWithTheirOnlyFaultAtAnyPlaceAreCaught() {
    String clean = "كلمة ".repeat(40) + "كلمة\n\nكلمة";
    for (int at = 1; at < clean.length() - 1; at++) {
      String doubled = clean.substring(0, at) + "  " + clean.substring(at);
      char[] chars = doubled.toCharArray();

      assertThat(WhitespaceUnification.isClean(chars, chars.length)).as("at %d", at).isFalse();
      assertThat(SpaceCleanup.isClean(chars, chars.length)).as("at %d", at).isFalse();
    }
    assertThat(WhitespaceUnification.isClean(clean.toCharArray(), clean.length())).isTrue();
    assertThat(SpaceCleanup.isClean(clean.toCharArray(), clean.length())).isTrue();
  }

  /** Up to 140 characters (several groups) from the first {@code letters} of the alphabet. */
  private static String randomText(Random random, int letters) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(140);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET[random.nextInt(letters)]);
    }
    return text.toString();
  }
}
