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

  EntityFinder(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  List<Mention> find(List<ProjectedText> parts) {
    List<TokenFacts> facts = new ArrayList<>(parts.size());
    List<Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      TokenFacts partFacts = new TokenFacts(parts.get(p), p, lexicon);
      facts.add(partFacts);
      GazetteerPass.propose(partFacts, gazetteer, candidates);
      TitleRule.propose(partFacts, candidates);
      FirstNameRule.propose(partFacts, candidates);
      OrganizationRule.propose(partFacts, lexicon, candidates);
      PlaceRule.propose(partFacts, lexicon, candidates);
    }
    return MentionResolver.resolve(facts, candidates);
  }
}
