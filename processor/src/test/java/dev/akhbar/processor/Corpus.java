package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A day of news with copies, refetches and updates, for determinism tests. */
final class Corpus {

  private Corpus() {}

  /** In the order a single well-behaved crawler would send them (per URL: first fetch first). */
  static List<Stories.Raw> day() {
    List<Stories.Raw> out = new ArrayList<>();
    String[][] stories = {
      {Stories.RATES_TITLE, Stories.RATES_BODY},
      {Stories.STORM_TITLE, Stories.STORM_BODY},
      {Stories.FINAL_TITLE, Stories.FINAL_BODY},
    };
    String[] outlets = {
      "alpha.example", "beta.example", "gamma.example", "delta.example", "epsilon.example"
    };
    for (int s = 0; s < stories.length; s++) {
      String title = stories[s][0];
      String body = stories[s][1];
      String[] bodies = {
        body,
        respell(body),
        trimmed(body),
        reordered(body),
        body + "\n\nللمزيد من الأخبار تابعونا على موقعنا الإلكتروني.",
      };
      for (int o = 0; o < outlets.length; o++) {
        Stories.Raw r =
            raw("https://" + outlets[o] + "/story/" + s, o == 2 ? "عنوان آخر" : title, bodies[o]);
        if (o == 4) {
          // one outlet gives no publication time: it sorts last; ingest still says when it fetched
          r.fetched("2025-03-06T13:00:00Z");
        } else {
          r.published(String.format("2025-03-06T%02d:%02d:00Z", 8 + ((o * 7 + s * 3) % 9), o * 5));
        }
        out.add(r);
      }
    }
    // Refetches: one unchanged, one updated.
    out.add(
        raw("https://alpha.example/story/0", Stories.RATES_TITLE, Stories.RATES_BODY)
            .published("2025-03-06T08:00:00Z"));
    out.add(
        raw(
                "https://beta.example/story/1",
                Stories.STORM_TITLE,
                Stories.STORM_BODY + "\n\nتحديث: عادت الملاحة.")
            .published("2025-03-06T09:00:00Z"));
    return out;
  }

  /** The same records shuffled, keeping the order of the records of each URL. */
  static List<Stories.Raw> shuffledKeepingEachUrlInOrder(List<Stories.Raw> records, long seed) {
    List<String> slots = new ArrayList<>();
    Map<String, List<Stories.Raw>> byUrl = new LinkedHashMap<>();
    for (Stories.Raw r : records) {
      String id = TopologyHarness.idOf(r);
      slots.add(id);
      byUrl.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
    }
    Collections.shuffle(slots, new Random(seed));
    Map<String, Integer> next = new HashMap<>();
    List<Stories.Raw> out = new ArrayList<>();
    for (String id : slots) {
      int i = next.merge(id, 1, Integer::sum) - 1;
      out.add(byUrl.get(id).get(i));
    }
    return out;
  }

  static String respell(String body) {
    return body.replace("أ", "ا").replace("إ", "ا").replace("ة ", "ةَ ").replace("ال", "الـ");
  }

  static String trimmed(String body) {
    return body.substring(0, body.lastIndexOf("\n\n")) + Stories.RATES_BOILERPLATE;
  }

  static String reordered(String body) {
    List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
    Collections.swap(paragraphs, 0, 1);
    return String.join("\n\n", paragraphs);
  }
}
