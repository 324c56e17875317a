package dev.akhbar.sink.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a batch into rounds in which each row is written at most once: the first record of each
 * row in round one, the second in round two, and so on. Each round runs as a few JDBC batches (all
 * upserts, then all tag deletions, then all tag insertions), which is only equivalent to applying
 * the records one by one when no row appears twice in it. Usually the whole batch is one round.
 */
final class WriteRounds {

  private WriteRounds() {}

  static List<List<StoreWrite>> split(List<StoreWrite> writes) {
    List<List<StoreWrite>> rounds = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (StoreWrite write : writes) {
      String row = write.getClass().getSimpleName() + ':' + write.key();
      int round = seen.merge(row, 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new ArrayList<>());
      }
      rounds.get(round).add(write);
    }
    return rounds;
  }
}
