package dev.akhbar.processor.tag;

/**
 * What the lists say about one written word form, worked out once and remembered by {@link
 * WordMemo}: its common-word class, the nationality it implies, whether it is a first name, an
 * organization head or a place word, the hashes of its peeled readings for the phrase tables, and
 * its stems for keywords and topics. Immutable.
 */
final class WordFacts {

  /** The most peeled readings of one word: whole, and after one or two proclitics (± alef). */
  static final int MAX_READINGS = 5;

  /** The hash of the word's match form, its key in the memo. */
  final long key;

  final WordClass wordClass;

  /** True when the word is a listed common word as written, no proclitic peeled (بلد, not وبلد). */
  final boolean wordWhole;

  final String nisba;
  final byte firstName;
  final byte firstNameClitics;
  final OrgHead orgHead;
  final byte orgHeadClitics;
  final boolean placeTrigger;

  /** Which small closed word classes the word is in, as bits: see the constants below. */
  final int shape;

  /** A name connector: عبد، بن، أبو، ولد. */
  static final int CONNECTOR = 1;

  /** A word that only opens names: عبد، أبو. */
  static final int NAME_OPENER = 1 << 1;

  /** The second half of a compound given name: الدين، الله. */
  static final int COMPOUND_END = 1 << 2;

  /** A word that opens a two-word place name: عين، رأس، بئر. */
  static final int PLACE_OPENER = 1 << 3;

  /** A place word that names a place even with the article: العاصمة. */
  static final int DEFINITE_TRIGGER = 1 << 4;

  /** Which readings of the word open a gazetteer phrase, or a title (bits; 0: none). */
  final int opensEntity;

  final int opensTitle;

  /** Hashes of the word's readings for phrase tables; reading 0 is the word whole. */
  final long[] readings;

  /** Proclitic chars each reading leaves out of a mention. */
  final byte[] readingSkips;

  final String keywordStem;

  /** The topic model's log likelihoods of this word's feature, or null when unknown or ignored. */
  final double[] topicLogs;

  WordFacts(
      long key,
      WordClass wordClass,
      boolean wordWhole,
      String nisba,
      byte firstName,
      byte firstNameClitics,
      OrgHead orgHead,
      byte orgHeadClitics,
      boolean placeTrigger,
      int shape,
      int opensEntity,
      int opensTitle,
      long[] readings,
      byte[] readingSkips,
      String keywordStem,
      double[] topicLogs) {
    this.key = key;
    this.wordClass = wordClass;
    this.wordWhole = wordWhole;
    this.nisba = nisba;
    this.firstName = firstName;
    this.firstNameClitics = firstNameClitics;
    this.orgHead = orgHead;
    this.orgHeadClitics = orgHeadClitics;
    this.placeTrigger = placeTrigger;
    this.shape = shape;
    this.opensEntity = opensEntity;
    this.opensTitle = opensTitle;
    this.readings = readings;
    this.readingSkips = readingSkips;
    this.keywordStem = keywordStem;
    this.topicLogs = topicLogs;
  }
}
