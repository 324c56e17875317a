package dev.akhbar.text;

import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TextBuffer;
import dev.akhbar.text.internal.TextStep;

/**
 * The display-form step of {@link GluedWordSplitter}: finds runs of Arabic letters and marks, asks
 * the splitter about those long enough to hold two names, and inserts a space at each cut. The
 * inserted space has an empty source span.
 */
final class GluedWordStep implements TextStep {

  /** 1 for an Arabic letter or a mark, else 0. */
  private static final byte[] ARABIC_WORD_CHARACTER = arabicWordCharacters();

  private final GluedWordSplitter splitter;

  GluedWordStep(GluedWordSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public boolean isTrigger(char c) {
    return splitter != GluedWordSplitter.none() && ARABIC_WORD_CHARACTER[c] != 0;
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    if (splitter == GluedWordSplitter.none()) {
      return false;
    }
    char[] s = in.chars();
    int n = in.length();
    GluedWordSplitter.Workspace workspace = new GluedWordSplitter.Workspace();
    // How far the input is copied into out; -1 until the first split clears out.
    int copied = -1;
    // One pass; the loop stops only at characters outside words, and asks about a word only when
    // it is long enough to hold two names.
    byte[] wordCharacter = ARABIC_WORD_CHARACTER;
    int minLetters = 2 * GluedWordSplitter.MIN_PART_LETTERS;
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (wordCharacter[s[i]] == 0) {
        if (i - start >= minLetters) {
          copied = split(in, start, i, copied, out, workspace, tally);
        }
        start = i + 1;
      }
    }
    if (n - start >= minLetters) {
      copied = split(in, start, n, copied, out, workspace, tally);
    }
    if (copied < 0) {
      return false;
    }
    out.append(in, copied, n);
    return true;
  }

  /**
   * Asks the splitter about the word {@code [from, to)} and writes the text up to each cut, then a
   * space, into {@code out}; returns how far the input is copied now.
   */
  private int split(
      TextBuffer in,
      int from,
      int to,
      int copied,
      TextBuffer out,
      GluedWordSplitter.Workspace workspace,
      Tally tally) {
    int[] cuts = splitter.findCuts(in.chars(), from, to, workspace);
    if (cuts == null) {
      return copied;
    }
    int written = copied;
    if (written < 0) {
      out.clear(in.length() + 8);
      written = 0;
    }
    for (int cut : cuts) {
      out.append(in, written, cut);
      out.insert(' ', in, cut);
      written = cut;
    }
    tally.gluedWordsSplit++;
    return written;
  }

  private static byte[] arabicWordCharacters() {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < table.length; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
      // The harakat have the script Inherited: they belong to whatever letter they follow.
      boolean wordCharacter =
          (Character.isLetter(c) && script == Character.UnicodeScript.ARABIC)
              || (mark
                  && (script == Character.UnicodeScript.ARABIC
                      || script == Character.UnicodeScript.INHERITED));
      table[c] = (byte) (wordCharacter ? 1 : 0);
    }
    return table;
  }
}
