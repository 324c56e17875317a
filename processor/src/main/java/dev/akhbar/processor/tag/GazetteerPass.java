package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.List;

/**
 * Finds the gazetteer's phrases in a text, left to right, longest first. A token that is a listed
 * common word is only tried whole, never peeled into a name. An organization's name takes the
 * nationality adjectives right after it (الأهلي المصري، الجيش السوداني).
 */
final class GazetteerPass {

  private GazetteerPass() {}

  static void propose(TokenFacts facts, Gazetteer gazetteer, List<Candidate> out) {
    ProjectedText text = facts.text;
    int n = facts.size();
    int t = 0;
    while (t < n) {
      if (facts.words[t].opensEntity == 0) {
        t++;
        continue;
      }
      boolean peel = !facts.words[t].wordWhole;
      PhraseTable.Match<Sense[]> match =
          gazetteer.phrases().longestAt(text, t, facts.words[t], facts.words[t].opensEntity, peel);
      if (match == null) {
        t++;
        continue;
      }
      Sense[] senses = match.value();
      int last = match.lastToken();
      String nisbaCode = null;
      if (allOrganizations(senses)) {
        for (int k = t; k <= last && nisbaCode == null; k++) {
          if (facts.isNisba(k) && !facts.nisba[k].isEmpty()) {
            nisbaCode = facts.nisba[k];
          }
        }
        while (last + 1 < n && facts.joined(last) && facts.isNisba(last + 1)) {
          last++;
          if (nisbaCode == null && !facts.nisba[last].isEmpty()) {
            nisbaCode = facts.nisba[last];
          }
        }
      }
      Candidate candidate =
          new Candidate(
              Candidate.Source.GAZETTEER,
              facts.part,
              t,
              last,
              text.start(t) + match.skip(),
              text.end(last),
              senses[0].type());
      candidate.senses = senses;
      candidate.countryCode = nisbaCode;
      for (int k = t; k <= last; k++) {
        facts.gazetteer[k] = candidate;
      }
      out.add(candidate);
      t = last + 1;
    }
  }

  private static boolean allOrganizations(Sense[] senses) {
    for (Sense s : senses) {
      if (s.type() != EntityType.ORGANIZATION) {
        return false;
      }
    }
    return true;
  }
}
