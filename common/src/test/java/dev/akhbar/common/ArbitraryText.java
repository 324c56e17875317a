package dev.akhbar.common;

import java.util.Random;

/**
 * Seeded arbitrary Unicode for fuzz tests: Arabic letters, marks and presentation forms, bidi and
 * zero-width controls, C0 and C1 controls, paired and unpaired surrogates, any BMP or supplementary
 * code point, markup characters, and now and then one piece repeated into a huge run. Shared with
 * the other modules' fuzz tests through this module's test-jar.
 */
public final class ArbitraryText {

  private static final String[] INVISIBLE = {
    "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
    "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\uFEFF", "\u00AD", "\u0640"
  };

  private static final String[] SPACES = {
    " ", "\t", "\n", "\r\n", "\n\n", "\u00A0", "\u2028", "\u3000"
  };

  private static final String[] MARKUP = {"<", ">", "&", "\"", "'", "\\", "&amp;", "&#x0;", "</p>"};

  private ArbitraryText() {}

  /**
   * Text of up to about 2,000 pieces; one seed in eight also carries a run of 50,000 to 300,000.
   */
  public static String of(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(2_000);
    boolean huge = random.nextInt(8) == 0;
    int hugeAt = huge ? random.nextInt(pieces + 1) : -1;
    for (int k = 0; k <= pieces; k++) {
      if (k == hugeAt) {
        String piece = piece(random);
        text.append(piece.repeat((50_000 + random.nextInt(250_000)) / Math.max(1, piece.length())));
      } else if (k < pieces) {
        text.append(piece(random));
      }
    }
    return text.toString();
  }

  /** One short run of one family. */
  public static String piece(Random random) {
    switch (random.nextInt(14)) {
      case 0, 1, 2, 3:
        return arabicWord(random);
      case 4:
        return String.valueOf((char) (0x064B + random.nextInt(0x0670 - 0x064B + 1)));
      case 5:
        return String.valueOf((char) (0xFB50 + random.nextInt(0xFDFF - 0xFB50 + 1)));
      case 6:
        return String.valueOf((char) (0xFE70 + random.nextInt(0xFEFF - 0xFE70 + 1)));
      case 7:
        return INVISIBLE[random.nextInt(INVISIBLE.length)];
      case 8:
        return String.valueOf(
            (char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21)));
      case 9:
        switch (random.nextInt(3)) {
          case 0:
            return String.valueOf((char) (0xD800 + random.nextInt(0x400)));
          case 1:
            return String.valueOf((char) (0xDC00 + random.nextInt(0x400)));
          default:
            return new String(Character.toChars(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1)));
        }
      case 10:
        return String.valueOf((char) random.nextInt(0x10000));
      case 11:
        return SPACES[random.nextInt(SPACES.length)];
      case 12:
        return MARKUP[random.nextInt(MARKUP.length)];
      default:
        return random.nextBoolean()
            ? "Reuters 2026"
            : String.valueOf((char) ('0' + random.nextInt(75)));
    }
  }

  private static String arabicWord(Random random) {
    StringBuilder word = new StringBuilder();
    if (random.nextInt(3) == 0) {
      word.append("ال");
    }
    for (int i = 1 + random.nextInt(7); i > 0; i--) {
      word.append((char) (0x0621 + random.nextInt(0x064A - 0x0621 + 1)));
    }
    return word.append(' ').toString();
  }
}
