package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;

/**
 * A possible entity mention: which rule proposed it, where it lies (tokens, and match-form chars so
 * that peeled clitics stay outside), and what is known of it. The resolver picks among candidates.
 */
final class Candidate {

  /** Who proposed a candidate, in the order of trust when two are equally long. */
  enum Source {
    GAZETTEER,
    ORG_HEAD,
    TITLE,
    FIRST_NAME,
    PLACE_TRIGGER,
    ALIAS
  }

  final Source source;
  final int part;
  final int firstToken;
  final int lastToken;
  final int matchStart;
  final int matchEnd;
  EntityType type;
  Sense[] senses;
  String canonical;
  String countryCode;

  /** True when a title or place word right before it vouches for a weak spelling. */
  boolean vouched;

  Candidate(
      Source source,
      int part,
      int firstToken,
      int lastToken,
      int matchStart,
      int matchEnd,
      EntityType type) {
    this.source = source;
    this.part = part;
    this.firstToken = firstToken;
    this.lastToken = lastToken;
    this.matchStart = matchStart;
    this.matchEnd = matchEnd;
    this.type = type;
  }

  int tokenCount() {
    return lastToken - firstToken + 1;
  }

  @Override
  public String toString() {
    return source + ":" + type + "[" + part + ":" + firstToken + "-" + lastToken + "] " + canonical;
  }
}
