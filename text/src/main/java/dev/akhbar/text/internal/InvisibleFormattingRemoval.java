package dev.akhbar.text.internal;

/**
 * Removes invisible format characters that change how text is drawn or split but not what it says:
 *
 * <ul>
 *   <li>U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER, U+200D ZERO WIDTH JOINER;
 *   <li>bidi marks and controls: U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK, U+061C
 *       ARABIC LETTER MARK, U+202A–U+202E (embeddings, overrides, POP DIRECTIONAL FORMATTING) and
 *       U+2066–U+2069 (isolates);
 *   <li>U+FEFF ZERO WIDTH NO-BREAK SPACE (the byte order mark), U+2060 WORD JOINER, U+2061–U+2064
 *       invisible operators, U+206A–U+206F deprecated format characters, U+180E MONGOLIAN VOWEL
 *       SEPARATOR, U+00AD SOFT HYPHEN and U+FFF9–U+FFFB interlinear annotation controls.
 * </ul>
 *
 * <p>Visible format characters stay: U+0600–U+0605 Arabic number signs and U+06DD ARABIC END OF
 * AYAH. Removing U+200C glues Persian compounds such as می‌شود; the issue asks for it and the match
 * form only gains from it.
 */
public final class InvisibleFormattingRemoval implements CharacterRule {

  private static final int SOFT_HYPHEN = 0x00AD;
  private static final int ARABIC_LETTER_MARK = 0x061C;
  private static final int MONGOLIAN_VOWEL_SEPARATOR = 0x180E;
  private static final int ZERO_WIDTH_SPACE = 0x200B;
  private static final int RIGHT_TO_LEFT_MARK = 0x200F;
  private static final int LEFT_TO_RIGHT_EMBEDDING = 0x202A;
  private static final int RIGHT_TO_LEFT_OVERRIDE = 0x202E;
  private static final int WORD_JOINER = 0x2060;
  private static final int NOMINAL_DIGIT_SHAPES = 0x206F;
  private static final int ZERO_WIDTH_NO_BREAK_SPACE = 0xFEFF;
  private static final int INTERLINEAR_ANNOTATION_ANCHOR = 0xFFF9;
  private static final int INTERLINEAR_ANNOTATION_TERMINATOR = 0xFFFB;

  @Override
  public int apply(int c) {
    boolean invisible =
        c == SOFT_HYPHEN
            || c == ARABIC_LETTER_MARK
            || c == MONGOLIAN_VOWEL_SEPARATOR
            || (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
            || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
            // U+2060 WORD JOINER to U+206F, U+2065 unassigned: joiners, operators, isolates.
            || (c >= WORD_JOINER && c <= NOMINAL_DIGIT_SHAPES)
            || c == ZERO_WIDTH_NO_BREAK_SPACE
            || (c >= INTERLINEAR_ANNOTATION_ANCHOR && c <= INTERLINEAR_ANNOTATION_TERMINATOR);
    return invisible ? DELETE : c;
  }
}
