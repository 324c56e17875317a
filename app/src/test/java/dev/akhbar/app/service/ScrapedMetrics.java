package dev.akhbar.app.service;

import java.util.Set;
import java.util.TreeSet;

/** The metric names in a Prometheus text exposition: each sample line's name. */
final class ScrapedMetrics {

  private ScrapedMetrics() {}

  static Set<String> names(String exposition) {
    Set<String> names = new TreeSet<>();
    exposition
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .forEach(
            l -> {
              int end = 0;
              while (end < l.length() && l.charAt(end) != '{' && l.charAt(end) != ' ') {
                end++;
              }
              names.add(l.substring(0, end));
            });
    return names;
  }
}
