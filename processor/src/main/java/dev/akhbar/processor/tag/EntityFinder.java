package dev.akhbar.processor.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, places and organizations of one document (its title and body, or one free
 * text). The order matters: the gazetteer pass runs first because every rule reads what it found;
 * the title rule runs before the others because it vouches for weak gazetteer spellings; the
 * resolver sees every candidate of every part at once, so that the title and the body share one
 * canonical name per entity. Thread-safe: all state is per call.
 */
final class EntityFinder {

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final WordMemo memo;

  EntityFinder(Gazetteer gazetteer, Lexicon lexicon, WordMemo memo) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.memo = memo;
  }

  /** The token facts of each part, which the topic and keyword steps read too. */
  List<TokenFacts> facts(List<ProjectedText> parts) {
    List<TokenFacts> facts = new ArrayList<>(parts.size());
    for (int p = 0; p < parts.size(); p++) {
      facts.add(new TokenFacts(parts.get(p), p, lexicon, memo));
    }
    return facts;
  }

  List<Mention> find(List<TokenFacts> parts) {
    List<Candidate> candidates = new ArrayList<>();
    for (TokenFacts partFacts : parts) {
      GazetteerPass.propose(partFacts, gazetteer, candidates);
      TitleRule.propose(partFacts, candidates);
      FirstNameRule.propose(partFacts, candidates);
      OrganizationRule.propose(partFacts, candidates);
      PlaceRule.propose(partFacts, candidates);
    }
    return MentionResolver.resolve(parts, candidates);
  }
}
