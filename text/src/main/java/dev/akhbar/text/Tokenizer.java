package dev.akhbar.text;

import static dev.akhbar.text.internal.ArabicLetters.ALEF;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_COMMA;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_DECIMAL_SEPARATOR;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_FULL_STOP;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_QUESTION_MARK;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_SEMICOLON;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;
import static dev.akhbar.text.internal.ArabicLetters.TATWEEL;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits Arabic news text into words and numbers, the tokens tagging, dedup and search share. Works
 * on any form; give it the match form for look-ups and shingles.
 *
 * <ul>
 *   <li>A word is a run of letters with their combining marks. Arabic letters and digits never
 *       share a token (2011م is 2011 and م); Latin words keep digits and an apostrophe between
 *       letters (F16, 3arabi, l'armée). Tatweel and the zero-width joiners continue a word.
 *   <li>A number is a run of digits of any script, with {@code . , ٫ ٬} kept between two digits
 *       (3.5, 1,000, ٣٫٥).
 *   <li>Everything else separates: whitespace, symbols, and punctuation, Arabic included (، ؛ ؟ ۔ «
 *       »), also with no space around it (بنغازي،طرابلس is two words). Punctuation marks come out
 *       as tokens of their own only when asked ({@link Builder#punctuation}).
 *   <li>Clitic prefixes are peeled off Arabic words only when a {@link CliticPeeler} is given.
 * </ul>
 *
 * <p>Positions are UTF-16 indices. Immutable and thread-safe. {@link #tokenize(CharSequence,
 * TokenVisitor)} makes no objects per token, for callers that tokenize thousands of bodies a
 * second.
 */
public final class Tokenizer {

  private static final byte SEPARATOR = 0;
  private static final byte ARABIC_LETTER = 1;
  private static final byte OTHER_LETTER = 2;
  private static final byte MARK = 3;
  private static final byte DIGIT = 4;
  private static final byte NUMBER_JOINER = 5;
  private static final byte APOSTROPHE = 6;
  private static final byte PUNCTUATION = 7;

  private static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';
  private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  private static final char ZERO_WIDTH_JOINER = '\u200D';
  private static final byte[] CLASS = classes();
  private static final Tokenizer DEFAULTS = builder().build();

  private final boolean punctuation;
  private final CliticPeeler peeler;

  private Tokenizer(Builder builder) {
    this.punctuation = builder.punctuation;
    this.peeler = builder.peeler;
  }

  /** Words and numbers, no punctuation tokens, no peeling. */
  public static Tokenizer defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The tokens of {@code text}. */
  public List<Token> tokenize(CharSequence text) {
    char[] s = text.toString().toCharArray();
    List<Token> tokens = new ArrayList<>(s.length / 6 + 4);
    scan(s, s.length, index -> s[index] == ALEF, new Collector(s, tokens));
    return tokens;
  }

  /**
   * The tokens of the match form of {@code normalized}, with positions in the match form (map them
   * with {@link Normalized#displaySpan}). The peeler sees the display form's alef, so that ألغام is
   * not taken for ال + غام although the match form spells both الغام.
   */
  public List<Token> tokenize(Normalized normalized) {
    String match = normalized.match();
    String display = normalized.display();
    OffsetMap toDisplay = normalized.matchToDisplay();
    char[] s = match.toCharArray();
    List<Token> tokens = new ArrayList<>(s.length / 6 + 4);
    IntPredicate bareAlef =
        index -> {
          int displayIndex = toDisplay.sourceStart(index);
          return displayIndex < display.length() && display.charAt(displayIndex) == ALEF;
        };
    scan(s, s.length, bareAlef, new Collector(s, tokens));
    return tokens;
  }

  /** The tokens of {@code text}, handed to {@code visitor} one by one without making objects. */
  public void tokenize(CharSequence text, TokenVisitor visitor) {
    char[] s = text.toString().toCharArray();
    scan(
        s,
        s.length,
        index -> s[index] == ALEF,
        (start, end, kind, prefixLength, definite) -> visitor.token(start, end, kind));
  }

  /** The tokens' texts, in order: what {@code akhbar normalize --tokens} prints one a line. */
  public List<String> words(CharSequence text) {
    return tokenize(text).stream().map(Token::text).toList();
  }

  private interface Sink {
    void token(int start, int end, TokenKind kind, int prefixLength, boolean definite);
  }

  private record Collector(char[] s, List<Token> tokens) implements Sink {
    @Override
    public void token(int start, int end, TokenKind kind, int prefixLength, boolean definite) {
      tokens.add(
          new Token(new String(s, start, end - start), start, end, kind, prefixLength, definite));
    }
  }

  private void scan(char[] s, int n, IntPredicate bareAlefAt, Sink sink) {
    int i = 0;
    while (i < n) {
      byte kind = classOf(s, i, n);
      switch (kind) {
        case ARABIC_LETTER -> i = arabicWord(s, i, n, bareAlefAt, sink);
        case OTHER_LETTER, DIGIT -> i = otherWordOrNumber(s, i, n, sink);
        case PUNCTUATION, NUMBER_JOINER, APOSTROPHE -> {
          int width = Character.charCount(Character.codePointAt(s, i, n));
          if (punctuation) {
            sink.token(i, i + width, TokenKind.PUNCTUATION, 0, false);
          }
          i += width;
        }
        default -> i += Character.isHighSurrogate(s[i]) && i + 1 < n ? 2 : 1;
      }
    }
  }

  private int arabicWord(char[] s, int start, int n, IntPredicate bareAlefAt, Sink sink) {
    int end = start + 1;
    while (end < n && (CLASS[s[end]] == ARABIC_LETTER || CLASS[s[end]] == MARK)) {
      end++;
    }
    if (peeler == null) {
      sink.token(start, end, TokenKind.WORD, 0, false);
      return end;
    }
    CliticPeeler.Peel peel = peeler.peel(s, start, end, bareAlefAt);
    sink.token(
        start + peel.prefixLength(), end, TokenKind.WORD, peel.prefixLength(), peel.definite());
    return end;
  }

  private static int otherWordOrNumber(char[] s, int start, int n, Sink sink) {
    boolean letters = false;
    int end = start;
    while (end < n) {
      byte kind = classOf(s, end, n);
      if (kind == OTHER_LETTER || kind == MARK) {
        letters |= kind == OTHER_LETTER;
      } else if (kind == DIGIT) {
        // digits continue Latin words and numbers alike
      } else if (kind == NUMBER_JOINER
          && end > start
          && classOf(s, end - 1, n) == DIGIT
          && end + 1 < n
          && classOf(s, end + 1, n) == DIGIT) {
        // 3.5, 1,000: a separator between two digits
      } else if (kind == APOSTROPHE
          && end > start
          && classOf(s, end - 1, n) == OTHER_LETTER
          && end + 1 < n
          && classOf(s, end + 1, n) == OTHER_LETTER) {
        // l'armée, O'Neill
      } else {
        break;
      }
      end += Character.isHighSurrogate(s[end]) && end + 1 < n ? 2 : 1;
    }
    sink.token(start, end, letters ? TokenKind.WORD : TokenKind.NUMBER, 0, false);
    return end;
  }

  private static byte classOf(char[] s, int i, int n) {
    char c = s[i];
    if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(s[i + 1])) {
      return CLASS[c];
    }
    return classOfCodePoint(Character.toCodePoint(c, s[i + 1]));
  }

  private static byte[] classes() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < classes.length; c++) {
      classes[c] = Character.isSurrogate((char) c) ? SEPARATOR : classOfCodePoint(c);
    }
    classes['.'] = NUMBER_JOINER;
    classes[','] = NUMBER_JOINER;
    classes[ARABIC_DECIMAL_SEPARATOR] = NUMBER_JOINER;
    classes[ARABIC_THOUSANDS_SEPARATOR] = NUMBER_JOINER;
    classes['\''] = APOSTROPHE;
    classes[RIGHT_SINGLE_QUOTATION_MARK] = APOSTROPHE;
    // Tatweel (script Common) and the joiners sit inside Arabic words in raw text.
    classes[TATWEEL] = MARK;
    classes[ZERO_WIDTH_NON_JOINER] = MARK;
    classes[ZERO_WIDTH_JOINER] = MARK;
    return classes;
  }

  private static byte classOfCodePoint(int c) {
    switch (c) {
      case ARABIC_COMMA, ARABIC_SEMICOLON, ARABIC_QUESTION_MARK, ARABIC_FULL_STOP -> {
        return PUNCTUATION;
      }
      default -> {
        // classified by Unicode category below
      }
    }
    int type = Character.getType(c);
    switch (type) {
      case Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK -> {
        return MARK;
      }
      case Character.DECIMAL_DIGIT_NUMBER -> {
        return DIGIT;
      }
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> {
        return PUNCTUATION;
      }
      default -> {
        if (!Character.isLetter(c)) {
          return SEPARATOR;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
            ? ARABIC_LETTER
            : OTHER_LETTER;
      }
    }
  }

  /** Chooses punctuation tokens and clitic peeling. */
  public static final class Builder {
    private boolean punctuation;
    private CliticPeeler peeler;

    private Builder() {}

    /** Whether punctuation marks come out as tokens of their own (default: no). */
    public Builder punctuation(boolean punctuation) {
      this.punctuation = punctuation;
      return this;
    }

    /** Peels clitic prefixes off Arabic words with {@code peeler} (default: no peeling). */
    public Builder peelClitics(CliticPeeler peeler) {
      if (peeler == null) {
        throw new IllegalArgumentException("peeler must not be null");
      }
      this.peeler = peeler;
      return this;
    }

    public Tokenizer build() {
      return new Tokenizer(this);
    }
  }
}
