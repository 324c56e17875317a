package dev.akhbar.samplesite.generator;

import java.util.Arrays;

/**
 * Jaccard similarity of two texts' word 3-shingles, compared as the processor's dedup compares
 * them: on a match form where diacritics and tatweel are dropped and alef variants, final yeh and
 * teh marbuta folded, with words the runs of letters and digits. Written for these tests so that
 * sample-site needs neither the text nor the processor module.
 */
final class WordShingleSimilarity {

  static final int WORDS = 3;

  private static final char TATWEEL = '\u0640';
  private static final char FATHATAN = '\u064B';
  private static final char SUKUN = '\u0652';
  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final char ALEF = '\u0627';
  private static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  private static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';

  private WordShingleSimilarity() {}

  /** The sorted, distinct hashes of the text's word 3-shingles. */
  static long[] shingles(String text) {
    long[] words = new long[text.length() / 2 + 1];
    int count = 0;
    long hash = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? fold(text.charAt(i)) : ' ';
      if (c == 0) {
        continue; // dropped: a diacritic or tatweel
      }
      if (Character.isLetterOrDigit(c)) {
        hash = (inWord ? hash : 0xCBF29CE484222325L) ^ c;
        hash *= 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        words[count++] = hash;
        inWord = false;
      }
    }
    int n = Math.max(0, count - WORDS + 1);
    long[] shingles = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 17;
      for (int j = 0; j < WORDS; j++) {
        h = h * 0x9E3779B97F4A7C15L + words[i + j];
      }
      shingles[i] = h ^ (h >>> 31);
    }
    return Arrays.stream(shingles).sorted().distinct().toArray();
  }

  /** Jaccard similarity of two sorted, distinct shingle sets. */
  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1 : (double) common / union;
  }

  private static char fold(char c) {
    if ((c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
      return 0;
    }
    return switch (c) {
      case ALEF_WITH_MADDA_ABOVE, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA -> ALEF;
      case ALEF_MAKSURA -> YEH;
      case TEH_MARBUTA -> HEH;
      default -> c;
    };
  }
}
