package dev.akhbar.processor.tag;

/** What kind of ordinary word a listed word is; none of them is ever part of a name. */
enum WordClass {
  /** Function words: particles, prepositions, pronouns, relative words. */
  STOP,
  /** News boilerplate (قال، أضاف، اليوم، مصادر): never a keyword. */
  GENERIC,
  /** Any other common word: a verb, noun or adjective that is not a name. */
  WORD
}
