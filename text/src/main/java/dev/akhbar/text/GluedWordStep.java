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

  private static final boolean[] ARABIC_WORD_CHARACTER = arabicWordCharacters();

  private final GluedWordSplitter splitter;

  GluedWordStep(GluedWordSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public boolean isTrigger(char c) {
    return splitter != GluedWordSplitter.none() && ARABIC_WORD_CHARACTER[c];
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
    int i = 0;
    while (i < n) {
      if (!ARABIC_WORD_CHARACTER[s[i]]) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && ARABIC_WORD_CHARACTER[s[end]]) {
        end++;
      }
      if (end - i >= 2 * GluedWordSplitter.MIN_PART_LETTERS) {
        int[] cuts = splitter.findCuts(s, i, end, workspace);
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
      i = end;
    }
    if (changed) {
      out.append(in, copied, n);
    }
    return changed;
  }

  private static boolean[] arabicWordCharacters() {
    boolean[] table = new boolean[0x10000];
    for (int c = 0; c < table.length; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
      // The harakat have the script Inherited: they belong to whatever letter they follow.
      table[c] =
          (Character.isLetter(c) && script == Character.UnicodeScript.ARABIC)
              || (mark
                  && (script == Character.UnicodeScript.ARABIC
                      || script == Character.UnicodeScript.INHERITED));
    }
    return table;
  }
}
