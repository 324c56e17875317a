package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import dev.akhbar.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the candidates of one document into mentions, in this order:
 *
 * <ol>
 *   <li>a gazetteer phrase with several senses takes the one whose country the rest of the document
 *       speaks of most (طرابلس in a story about Lebanon); a weak spelling counts only when a title
 *       or place word vouches for it or the same entity is named plainly elsewhere;
 *   <li>overlapping candidates: the longest wins, then the most trusted source; a rule never
 *       re-reads a name the gazetteer starts at the same word;
 *   <li>one canonical name per person: the family name of a full name found in the document finds
 *       its later bare uses (حفتر after خليفة حفتر, المسماري after أحمد المسماري).
 * </ol>
 */
final class MentionResolver {

  /**
   * A weak place name counts when a plainly named place of the same country stands within this many
   * tokens of it: الخيام وبنت جبيل، صور والنبطية.
   */
  static final int NEIGHBOUR_TOKENS = 3;

  /** A family name shorter than this is not used alone to find a person again. */
  static final int MIN_ALIAS_CHARS = 3;

  /** Longest first, then the most trusted source, then in text order. */
  private static final Comparator<Candidate> PRIORITY =
      (a, b) -> {
        int byLength = Integer.compare(b.tokenCount(), a.tokenCount());
        if (byLength != 0) {
          return byLength;
        }
        int bySource = Integer.compare(a.source.ordinal(), b.source.ordinal());
        if (bySource != 0) {
          return bySource;
        }
        int byPart = Integer.compare(a.part, b.part);
        return byPart != 0 ? byPart : Integer.compare(a.matchStart, b.matchStart);
      };

  private MentionResolver() {}

  static List<Mention> resolve(List<TokenFacts> parts, List<Candidate> candidates) {
    Map<String, Integer> evidence = countryEvidence(parts, candidates);
    Set<String> plainlyNamed = plainlyNamed(candidates);
    List<Candidate> viable = new ArrayList<>();
    Set<Long> gazetteerPersonStarts = new HashSet<>();
    List<String[]> places = plainPlaces(parts, candidates);
    for (Candidate c : candidates) {
      if (c.senses != null && !c.vouched && placedAmongNeighbours(c, places.get(c.part))) {
        c.vouched = true;
      }
      if (c.senses != null && !chooseSense(c, evidence, plainlyNamed)) {
        continue;
      }
      if (c.source == Candidate.Source.GAZETTEER
          && c.type == EntityType.PERSON
          && !TitleRule.weakOnly(c)) {
        gazetteerPersonStarts.add(key(c.part, c.firstToken));
      }
      viable.add(c);
    }
    viable.removeIf(
        c ->
            (c.source == Candidate.Source.TITLE || c.source == Candidate.Source.FIRST_NAME)
                && gazetteerPersonStarts.contains(key(c.part, c.firstToken)));
    viable.sort(PRIORITY);
    List<Candidate> chosen = new ArrayList<>();
    List<boolean[]> taken = new ArrayList<>();
    for (TokenFacts facts : parts) {
      taken.add(new boolean[facts.size()]);
    }
    for (Candidate c : viable) {
      boolean[] partTaken = taken.get(c.part);
      boolean free = true;
      for (int t = c.firstToken; t <= c.lastToken && free; t++) {
        free = !partTaken[t];
      }
      if (free) {
        for (int t = c.firstToken; t <= c.lastToken; t++) {
          partTaken[t] = true;
        }
        chosen.add(c);
      }
    }
    for (Candidate c : chosen) {
      if (c.canonical == null) {
        c.canonical = surface(parts.get(c.part), c);
      }
    }
    addFamilyNames(parts, chosen);
    shareCountries(chosen);
    chosen.sort(
        Comparator.comparingInt((Candidate c) -> c.part).thenComparingInt(c -> c.matchStart));
    List<Mention> mentions = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      mentions.add(
          new Mention(
              c.part,
              c.firstToken,
              c.lastToken,
              c.type,
              c.matchStart,
              c.matchEnd,
              c.canonical,
              c.countryCode));
    }
    return mentions;
  }

  private static long key(int part, int token) {
    return ((long) part << 32) | token;
  }

  private static Map<String, Integer> countryEvidence(
      List<TokenFacts> parts, List<Candidate> candidates) {
    Map<String, Integer> evidence = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.senses != null && c.senses.length == 1 && !c.senses[0].weak()) {
        String code = c.senses[0].countryCode();
        if (code != null) {
          evidence.merge(code, 1, Integer::sum);
        }
      }
    }
    for (TokenFacts facts : parts) {
      for (String code : facts.nisba) {
        if (code != null && !code.isEmpty()) {
          evidence.merge(code, 1, Integer::sum);
        }
      }
    }
    return evidence;
  }

  /** Per part and token, the country of a plainly named place covering it, or null. */
  private static List<String[]> plainPlaces(List<TokenFacts> parts, List<Candidate> candidates) {
    List<String[]> places = new ArrayList<>(parts.size());
    for (TokenFacts facts : parts) {
      places.add(new String[facts.size()]);
    }
    for (Candidate c : candidates) {
      if (c.senses != null
          && c.senses.length == 1
          && !c.senses[0].weak()
          && c.senses[0].type() == EntityType.LOCATION
          && c.senses[0].countryCode() != null) {
        String[] codes = places.get(c.part);
        for (int t = c.firstToken; t <= c.lastToken; t++) {
          codes[t] = c.senses[0].countryCode();
        }
      }
    }
    return places;
  }

  private static boolean placedAmongNeighbours(Candidate c, String[] codes) {
    for (Sense s : c.senses) {
      if (!s.weak() || s.type() != EntityType.LOCATION || s.countryCode() == null) {
        continue;
      }
      int from = Math.max(0, c.firstToken - NEIGHBOUR_TOKENS);
      int to = Math.min(codes.length - 1, c.lastToken + NEIGHBOUR_TOKENS);
      for (int t = from; t <= to; t++) {
        if ((t < c.firstToken || t > c.lastToken) && s.countryCode().equals(codes[t])) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> plainlyNamed(List<Candidate> candidates) {
    Set<String> named = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.senses != null) {
        for (Sense s : c.senses) {
          if (!s.weak()) {
            named.add(s.canonical());
          }
        }
      }
    }
    return named;
  }

  private static boolean chooseSense(
      Candidate c, Map<String, Integer> evidence, Set<String> plainlyNamed) {
    Sense best = null;
    int bestScore = -1;
    for (Sense s : c.senses) {
      if (s.weak() && !c.vouched && !plainlyNamed.contains(s.canonical())) {
        continue;
      }
      int score = s.countryCode() == null ? 0 : evidence.getOrDefault(s.countryCode(), 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null) {
      return false;
    }
    if (c.source == Candidate.Source.GAZETTEER) {
      c.type = best.type();
    }
    c.canonical = best.canonical();
    if (c.countryCode == null) {
      c.countryCode = best.countryCode();
    }
    return true;
  }

  private static String surface(TokenFacts facts, Candidate c) {
    return Normalizer.defaults().display(facts.text.sourceText(c.matchStart, c.matchEnd));
  }

  private static void addFamilyNames(List<TokenFacts> parts, List<Candidate> chosen) {
    LongIntTable aliases = new LongIntTable();
    List<Candidate> owners = new ArrayList<>();
    for (Candidate c : chosen) {
      if (c.type != EntityType.PERSON || c.tokenCount() < 2) {
        continue;
      }
      TokenFacts facts = parts.get(c.part);
      int last = c.lastToken;
      if (facts.text.tokenLength(last) < MIN_ALIAS_CHARS
          || facts.isWord(last)
          || facts.firstName[last] != TokenFacts.NOT_FIRST_NAME
          || facts.is(last, WordFacts.COMPOUND_END)) {
        continue;
      }
      long hash = facts.text.hash(last);
      if (aliases.get(hash) == LongIntTable.ABSENT) {
        aliases.put(hash, owners.size());
        owners.add(c);
      }
    }
    if (owners.isEmpty()) {
      return;
    }
    for (Candidate c : chosen) {
      if (c.type == EntityType.PERSON
          && c.tokenCount() == 1
          && c.source != Candidate.Source.GAZETTEER) {
        int owner = aliases.get(parts.get(c.part).text.hash(c.firstToken));
        if (owner != LongIntTable.ABSENT) {
          adopt(c, owners.get(owner));
        }
      }
    }
    List<Candidate> found = new ArrayList<>();
    for (TokenFacts facts : parts) {
      boolean[] covered = new boolean[facts.size()];
      for (Candidate c : chosen) {
        if (c.part == facts.part) {
          for (int t = c.firstToken; t <= c.lastToken; t++) {
            covered[t] = true;
          }
        }
      }
      char[] chars = facts.text.chars();
      for (int t = 0; t < facts.size(); t++) {
        if (covered[t] || facts.isWord(t) || facts.text.tokenLength(t) < MIN_ALIAS_CHARS) {
          continue;
        }
        int start = facts.text.start(t);
        int end = facts.text.end(t);
        int owner = aliases.get(facts.text.hash(t));
        int skip = 0;
        int mask = Clitics.peelable(chars, start, end);
        for (int k = 1; owner == LongIntTable.ABSENT && k <= 2; k++) {
          if ((mask & (1 << k)) != 0) {
            owner = aliases.get(TokenHash.of(chars, start + k, end));
            skip = k;
          }
        }
        if (owner == LongIntTable.ABSENT) {
          continue;
        }
        Candidate alias =
            new Candidate(
                Candidate.Source.ALIAS, facts.part, t, t, start + skip, end, EntityType.PERSON);
        adopt(alias, owners.get(owner));
        found.add(alias);
      }
    }
    chosen.addAll(found);
  }

  /** Every mention of one entity gets the country any of its mentions found. */
  private static void shareCountries(List<Candidate> chosen) {
    Map<EntityType, Map<String, String>> countries = new java.util.EnumMap<>(EntityType.class);
    for (Candidate c : chosen) {
      if (c.countryCode != null) {
        countries
            .computeIfAbsent(c.type, k -> new HashMap<>())
            .putIfAbsent(c.canonical, c.countryCode);
      }
    }
    for (Candidate c : chosen) {
      Map<String, String> ofType = countries.get(c.type);
      if (c.countryCode == null && ofType != null) {
        c.countryCode = ofType.get(c.canonical);
      }
    }
  }

  private static void adopt(Candidate c, Candidate owner) {
    c.canonical = owner.canonical;
    if (c.countryCode == null) {
      c.countryCode = owner.countryCode;
    }
  }
}
