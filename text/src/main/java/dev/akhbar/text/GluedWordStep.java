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
    int copied = 0;
    boolean changed = false;
    // One pass without a branch per word: the run length resets at each other character, and
    // only a run long enough to hold two names stops the loop.
    int run = 0;
    for (int i = 0; i <= n; i++) {
      int inWord = i < n ? ARABIC_WORD_CHARACTER[s[i]] : 0;
      if (inWord == 0 && run >= 2 * GluedWordSplitter.MIN_PART_LETTERS) {
        int[] cuts = splitter.findCuts(s, i - run, i, workspace);
        if (cuts != null) {
          if (!changed) {
            out.clear(n + 8);
            changed = true;
          }
          for (int cut : cuts) {
            out.append(in, copied, cut);
            out.insert(' ', in, cut);
            copied = cut;
          }
          tally.gluedWordsSplit++;
        }
      }
      run = (run + 1) * inWord;
    }
    if (changed) {
      out.append(in, copied, n);
    }
    return changed;
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
