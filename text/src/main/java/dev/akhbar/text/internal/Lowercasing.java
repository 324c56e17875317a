package dev.akhbar.text.internal;

/**
 * Lower-cases letters of cased scripts (Latin, Greek, Cyrillic…) code point by code point, without
 * a locale (Turkish İ becomes i). A code point whose lower case needs another number of UTF-16
 * units is kept, so that the match form is never longer than the display form. Arabic has no case.
 */
public final class Lowercasing implements CharacterRule {

  @Override
  public int apply(int c) {
    int lower = Character.toLowerCase(c);
    return Character.charCount(lower) == Character.charCount(c) ? lower : c;
  }
}
