package dev.akhbar.processor.tag;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Remembers the {@link WordFacts} of every word form seen, keyed by the 64-bit hash of its match
 * form. News vocabulary is Zipfian, so after a few hundred articles almost every token is one probe
 * instead of a dozen list lookups. Thread-safe; computing the same word twice in a race is
 * harmless. The memo stops growing at {@link #DEFAULT_MAX_WORDS} forms (then new forms are computed
 * each time), which bounds its heap to a few tens of megabytes.
 */
final class WordMemo {

  /** The most word forms remembered. */
  static final int DEFAULT_MAX_WORDS = 200_000;

  private static final char ALEF = '\u0627';
  private static final char TEH = '\u062A';
  private static final char HEH = '\u0647';

  /** Attached pronouns and the accusative alef an ordinary word may carry: دفاعه، بلاده، بيانا. */
  static final String[] WORD_SUFFIXES = {"هما", "ها", "هم", "هن", "كم", "نا", "ه", "ا"};

  /** The shortest stem a suffixed word is reduced to. */
  static final int MIN_SUFFIXED_STEM = 3;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final TopicModel topics;
  private final int maxWords;

  /**
   * Open addressing over {@link WordFacts#key}, twice as many slots as words so probes stay short;
   * a slot is written once, by compare-and-set, and never changes.
   */
  private final AtomicReferenceArray<WordFacts> slots;

  private final int mask;
  private final AtomicInteger size = new AtomicInteger();

  WordMemo(Gazetteer gazetteer, Lexicon lexicon, TopicModel topics, int maxWords) {
    if (maxWords < 0) {
      throw new IllegalArgumentException("maxWords must be >= 0, was " + maxWords);
    }
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.topics = topics;
    this.maxWords = maxWords;
    int capacity = Integer.highestOneBit(Math.max(2, maxWords) * 2 - 1) << 1;
    this.slots = new AtomicReferenceArray<>(capacity);
    this.mask = capacity - 1;
  }

  /** The facts of token {@code t} of {@code text}. */
  WordFacts of(ProjectedText text, int t) {
    long key = text.hash(t);
    int slot = spread(key) & mask;
    while (true) {
      WordFacts known = slots.get(slot);
      if (known == null) {
        break;
      }
      if (known.key == key) {
        return known;
      }
      slot = (slot + 1) & mask;
    }
    WordFacts computed = compute(key, text.chars(), text.start(t), text.end(t));
    while (size.get() < maxWords) {
      if (slots.compareAndSet(slot, null, computed)) {
        size.incrementAndGet();
        break;
      }
      WordFacts raced = slots.get(slot);
      if (raced.key == key) {
        return raced;
      }
      slot = (slot + 1) & mask;
    }
    return computed;
  }

  int size() {
    return size.get();
  }

  private static int spread(long key) {
    long h = key * 0x9e3779b97f4a7c15L;
    return (int) (h ^ (h >>> 32));
  }

  WordFacts compute(long key, char[] chars, int start, int end) {
    TokenTable.Found<WordClass> word = lexicon.words.lookup(chars, start, end);
    WordClass wordClass = word != null ? word.value() : withSuffix(chars, start, end);
    TokenTable.Found<Boolean> firstName = lexicon.firstNames.lookup(chars, start, end);
    TokenTable.Found<OrgHead> head = lexicon.orgHeads.lookup(chars, start, end);
    long[] readings = new long[WordFacts.MAX_READINGS];
    byte[] skips = new byte[WordFacts.MAX_READINGS];
    int count = readings(chars, start, end, readings, skips);
    String keywordStem = LightStemmer.keywordStem(chars, start, end).intern();
    double[] logs = null;
    if (wordClass != WordClass.STOP
        && wordClass != WordClass.GENERIC
        && end - start >= 2
        && Character.isLetter(chars[start])) {
      logs = topics.row(LightStemmer.featureStem(chars, start, end));
    }
    TokenTable.Found<String> nisba = lexicon.nisbas.lookup(chars, start, end);
    return new WordFacts(
        key,
        wordClass,
        wordClass != null && (word == null || word.clitics() == 0),
        nisba == null ? null : nisba.value(),
        firstName == null
            ? TokenFacts.NOT_FIRST_NAME
            : (firstName.value() ? TokenFacts.AMBIGUOUS_FIRST_NAME : TokenFacts.FIRST_NAME),
        firstName == null ? 0 : (byte) firstName.clitics(),
        head == null ? null : head.value(),
        head == null ? 0 : (byte) head.clitics(),
        lexicon.placeTriggers.lookup(chars, start, end) != null,
        shape(new String(chars, start, end - start)),
        gazetteer.phrases().openingReadings(readings, count),
        lexicon.titles.openingReadings(readings, count),
        Arrays.copyOf(readings, count),
        Arrays.copyOf(skips, count),
        keywordStem,
        logs);
  }

  private static int shape(String word) {
    int shape = 0;
    if (NameParser.CONNECTORS.contains(word)) {
      shape |= WordFacts.CONNECTOR;
    }
    if (FirstNameRule.NAME_OPENERS.contains(word)) {
      shape |= WordFacts.NAME_OPENER;
    }
    if (NameParser.COMPOUND_ENDS.contains(word)) {
      shape |= WordFacts.COMPOUND_END;
    }
    if (PlaceRule.PLACE_NAME_OPENERS.contains(word)) {
      shape |= WordFacts.PLACE_OPENER;
    }
    if (PlaceRule.DEFINITE_TRIGGERS.contains(word)) {
      shape |= WordFacts.DEFINITE_TRIGGER;
    }
    return shape;
  }

  /**
   * The readings of a word for phrase tables: whole, then without one or two proclitics, and for a
   * stem after ل that starts with ل, with the article's alef restored (للقاهرة → القاهرة).
   */
  static int readings(char[] chars, int start, int end, long[] hashes, byte[] skips) {
    int n = 0;
    hashes[n] = TokenHash.of(chars, start, end);
    skips[n++] = 0;
    int mask = Clitics.peelable(chars, start, end);
    for (int skip = 1; skip <= 2; skip++) {
      if ((mask & (1 << skip)) == 0) {
        continue;
      }
      hashes[n] = TokenHash.of(chars, start + skip, end);
      skips[n++] = (byte) skip;
      if (Clitics.restoresAlef(chars, start, skip)) {
        hashes[n] = TokenHash.mix(TokenHash.mix(TokenHash.SEED, ALEF), chars, start + skip, end);
        skips[n++] = (byte) skip;
      }
    }
    return n;
  }

  private WordClass withSuffix(char[] chars, int start, int end) {
    for (String suffix : WORD_SUFFIXES) {
      int stemEnd = end - suffix.length();
      if (stemEnd - start < MIN_SUFFIXED_STEM || !endsWith(chars, end, suffix)) {
        continue;
      }
      TokenTable.Found<WordClass> found = lexicon.words.lookup(chars, start, stemEnd);
      if (found != null) {
        return found.value();
      }
      // Teh marbuta turns back into teh before a suffix: حكومته is حكومة + ه.
      if (chars[stemEnd - 1] == TEH) {
        char[] copy = Arrays.copyOfRange(chars, start, stemEnd);
        copy[copy.length - 1] = HEH;
        found = lexicon.words.lookup(copy, 0, copy.length);
        if (found != null) {
          return found.value();
        }
      }
    }
    return null;
  }

  private static boolean endsWith(char[] chars, int end, String suffix) {
    int from = end - suffix.length();
    for (int i = 0; i < suffix.length(); i++) {
      if (chars[from + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
