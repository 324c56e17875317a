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

  /** Fewest characters of a word worth asking about: room for two names. */
  static final int MIN_WORD_CHARS = 2 * GluedWordSplitter.MIN_PART_LETTERS;

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
    byte[] wordCharacter = ARABIC_WORD_CHARACTER;
    FoldedEndings endings = splitter.endings();
    GluedWordSplitter.Workspace workspace = null;
    // How far the input is copied into out; -1 until the first split clears out.
    int copied = -1;
    // Bit j: whether the character j places before the current one is a word character. The scan
    // only shifts bits in, with no branch per character; a group's long words are then found with
    // a few shifts, and each is turned away by the codes of its last four characters unless it
    // may end in a listed name.
    long recent = 0;
    for (int groupStart = 0; groupStart < n; groupStart += GROUP_CHARS) {
      int groupEnd = Math.min(n, groupStart + GROUP_CHARS);
      for (int i = groupStart; i < groupEnd; i++) {
        recent = (recent << 1) | wordCharacter[s[i]];
      }
      // Bit j: character groupEnd - 1 - j ends a word of MIN_WORD_CHARS characters or more.
      long ends = ~recent & endsOfLongWords(recent) & ((1L << (groupEnd - groupStart)) - 1);
      while (ends != 0) {
        int j = Long.SIZE - 1 - Long.numberOfLeadingZeros(ends);
        ends &= ~(1L << j);
        int to = groupEnd - 1 - j;
        // The run of set bits above bit j is the word, unless it reaches the top of the long.
        int run = Long.numberOfTrailingZeros(~(recent >>> (j + 1)));
        int chars = run < Long.SIZE - 1 - j ? run : to - wordStart(s, to);
        if (endings.mayEnd(s, to, chars)) {
          if (workspace == null) {
            workspace = new GluedWordSplitter.Workspace();
          }
          copied = split(in, to - chars, to, copied, out, workspace, tally);
        }
      }
    }
    if (n > 0 && wordCharacter[s[n - 1]] != 0) {
      int from = wordStart(s, n);
      if (n - from >= MIN_WORD_CHARS && endings.mayEnd(s, n, n - from)) {
        if (workspace == null) {
          workspace = new GluedWordSplitter.Workspace();
        }
        copied = split(in, from, n, copied, out, workspace, tally);
      }
    }
    if (copied < 0) {
      return false;
    }
    out.append(in, copied, n);
    return true;
  }

  /**
   * Does the splits at the word ends {@code ends[0, count)} that a {@link TextScan} of {@code in}
   * found (each the end of a run of word characters that may end in a listed name, in increasing
   * order): the same as {@link #apply}, without scanning the text again.
   */
  boolean applyAt(TextBuffer in, TextBuffer out, Tally tally, int[] ends, int count) {
    char[] s = in.chars();
    int copied = -1;
    GluedWordSplitter.Workspace workspace = null;
    for (int k = 0; k < count; k++) {
      int to = ends[k];
      if (workspace == null) {
        workspace = new GluedWordSplitter.Workspace();
      }
      copied = split(in, wordStart(s, to), to, copied, out, workspace, tally);
    }
    if (copied < 0) {
      return false;
    }
    out.append(in, copied, in.length());
    return true;
  }

  /** Whether this step may split anything: false with {@link GluedWordSplitter#none()}. */
  boolean splits() {
    return splitter != GluedWordSplitter.none();
  }

  FoldedEndings endings() {
    return splitter.endings();
  }

  /** Characters whose word bits are shifted in before the group's word ends are looked at. */
  static final int GROUP_CHARS = Long.SIZE - MIN_WORD_CHARS - 1;

  /**
   * Bit j set where bits j + 1 to j + {@link #MIN_WORD_CHARS} of {@code recent} are all set: the
   * character after a run of that many word characters.
   */
  static long endsOfLongWords(long recent) {
    long run = recent >>> 1;
    for (int k = 2; k <= MIN_WORD_CHARS; k++) {
      run &= recent >>> k;
    }
    return run;
  }

  /** Where the word that ends before {@code to} starts. */
  static int wordStart(char[] s, int to) {
    int from = to;
    while (from > 0 && ARABIC_WORD_CHARACTER[s[from - 1]] != 0) {
      from--;
    }
    return from;
  }

  /** Whether {@code c} is an Arabic letter or a mark, part of a word this step looks at. */
  static boolean isWordCharacter(char c) {
    return ARABIC_WORD_CHARACTER[c] != 0;
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
