package dev.akhbar.text;

import dev.akhbar.text.internal.CharacterMap;
import dev.akhbar.text.internal.CharacterRule;
import java.util.Arrays;

/**
 * The last four letters of every name and phrase a {@link GluedWordSplitter} knows, hashed into a
 * bit set over letter codes, so that {@link GluedWordStep} can turn a word away by its last four
 * characters, with one table look-up each and one bit test, before it folds or hashes the word.
 *
 * <p>Every BMP character has a five-bit {@link #codes code}: 0 outside Arabic words, 1 to 29 for
 * the common Arabic letters in match form, 30 for any other letter or mark of a word, 31 for what
 * the match form deletes (the harakat). The code is a function of the character's match form, so a
 * word whose folded last letters are a listed ending always has a listed code quadruple. A word
 * with a deleted character among its last four (the tanween of wire copy, قروضًا) is tested on the
 * last four letters the match form keeps, further back; with fewer than four, it passes. The set is
 * a superset of the endings: a false match only costs the splitter's own checks.
 *
 * <p>Each bit also keeps the fewest characters a word must have to be split by what set it: a
 * listed phrase is only found in a word at least as long as the phrase; a listed name only ends a
 * word of at least three letters more (the name before it). Since folding never lengthens a word, a
 * word of fewer characters than that is turned away too: the listed names themselves (الجزائر) and
 * the last words of phrases (الحكومة, العربية) are the words of a news text that end like them.
 */
final class FoldedEndings {

  /** Code of a character outside Arabic words. */
  static final int OUTSIDE = 0;

  /** Code of a letter or mark of a word that is none of the common letters. */
  static final int OTHER = 30;

  /** Code of a character of a word that the match form deletes. */
  static final int DELETED = 31;

  /** The common Arabic letters of the match form, coded 1 and up in this order. */
  private static final String COMMON_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي";

  private static final int CODE_BITS = 5;

  /** Letters of an ending. */
  static final int LETTERS = 4;

  private static final int INDEX_BITS = 16;

  /** The code of every BMP character. */
  private static final byte[] CODES = computeCodes();

  /** Longest word length kept in {@link #shortest}; longer needs are kept as this (weaker). */
  private static final int MAX_SHORTEST = Byte.MAX_VALUE;

  private final long[] bits;

  /** For each set bit, the fewest characters of a word that may be split by what set it. */
  private final byte[] shortest;

  FoldedEndings() {
    this(new long[(1 << INDEX_BITS) / Long.SIZE], new byte[1 << INDEX_BITS]);
    Arrays.fill(shortest, (byte) MAX_SHORTEST);
  }

  private FoldedEndings(long[] bits, byte[] shortest) {
    this.bits = bits;
    this.shortest = shortest;
  }

  /** The codes of all BMP characters, indexed by character. */
  static byte[] codes() {
    return CODES;
  }

  private static byte[] computeCodes() {
    byte[] codes = new byte[0x10000];
    CharacterMap folding = GluedWordSplitter.Workspace.FOLDING;
    for (int c = 0; c < codes.length; c++) {
      if (GluedWordStep.isWordCharacter((char) c)) {
        int folded = folding.map((char) c);
        codes[c] = (byte) (folded == CharacterRule.DELETE ? DELETED : codeOfFolded(folded));
      }
    }
    return codes;
  }

  /**
   * Adds the last {@link #LETTERS} letters of {@code folded}, a word in match form: of a word of
   * three letters, every ending with them last; of a shorter one, every ending. A word that ends
   * like it may be split only when it has at least {@code wordChars} characters.
   */
  void add(String folded, int wordChars) {
    int length = folded.length();
    if (length < LETTERS - 1) {
      Arrays.fill(bits, -1L);
      Arrays.fill(shortest, (byte) 0);
      return;
    }
    byte fewest = (byte) Math.max(0, Math.min(MAX_SHORTEST, wordChars));
    int last = codeOfFolded(folded.charAt(length - 1));
    int third = codeOfFolded(folded.charAt(length - 2));
    int second = codeOfFolded(folded.charAt(length - 3));
    if (length == LETTERS - 1) {
      for (int first = 0; first < 1 << CODE_BITS; first++) {
        set(first, second, third, last, fewest);
      }
    } else {
      set(codeOfFolded(folded.charAt(length - 4)), second, third, last, fewest);
    }
  }

  /**
   * Whether the word of {@code wordChars} characters ({@link #LETTERS} or more) that ends before
   * {@code to} in {@code s} may end in one of the endings added and be long enough for it: a false
   * match is possible, a false miss is not.
   */
  boolean mayEnd(char[] s, int to, int wordChars) {
    byte[] codes = CODES;
    int first = codes[s[to - 4]];
    int second = codes[s[to - 3]];
    int third = codes[s[to - 2]];
    int last = codes[s[to - 1]];
    // Bit 5 of code + 1 is set only for DELETED.
    if (((first + 1) | (second + 1) | (third + 1) | (last + 1)) >= DELETED + 1) {
      return mayEndFolded(s, to, wordChars);
    }
    return listed(index(first, second, third, last), wordChars);
  }

  /**
   * {@link #mayEnd} for a word with a character the match form deletes among its last four (the
   * tanween of قروضًا): the test is made on the last four letters the match form keeps, further
   * back. A word with fewer than four such letters passes.
   */
  private boolean mayEndFolded(char[] s, int to, int wordChars) {
    byte[] codes = CODES;
    int key = 0;
    int kept = 0;
    for (int i = to - 1; i >= to - wordChars && kept < LETTERS; i--) {
      int code = codes[s[i]];
      if (code != DELETED) {
        key |= code << (CODE_BITS * kept);
        kept++;
      }
    }
    return kept < LETTERS || listed(hash(key), wordChars);
  }

  /** Whether bit {@code index} is set and a word of {@code wordChars} is long enough for it. */
  private boolean listed(int index, int wordChars) {
    return (bits[index >>> 6] & (1L << index)) != 0 && wordChars >= shortest[index];
  }

  private void set(int first, int second, int third, int last, byte fewest) {
    int index = index(first, second, third, last);
    bits[index >>> 6] |= 1L << index;
    shortest[index] = (byte) Math.min(shortest[index], fewest);
  }

  /** The bit of four codes, the first the earliest: their key, hashed to {@link #INDEX_BITS}. */
  private static int index(int first, int second, int third, int last) {
    return hash(
        (first << (3 * CODE_BITS)) | (second << (2 * CODE_BITS)) | (third << CODE_BITS) | last);
  }

  /** The bit of four codes packed into one key, the last in the lowest bits. */
  private static int hash(int key) {
    return (key * 0x9E3779B1) >>> (Integer.SIZE - INDEX_BITS);
  }

  FoldedEndings copy() {
    return new FoldedEndings(bits.clone(), shortest.clone());
  }

  private static int codeOfFolded(int folded) {
    int index = folded <= Character.MAX_VALUE ? COMMON_LETTERS.indexOf(folded) : -1;
    return index < 0 ? OTHER : index + 1;
  }
}
