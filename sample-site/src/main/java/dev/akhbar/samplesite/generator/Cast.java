package dev.akhbar.samplesite.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who and where generated stories are about (resource {@code cast.txt}): real office holders and
 * organizations by topic, roles that invented people hold, their given and family names, and cities
 * with their countries.
 */
final class Cast {

  /** Someone a story names, with the gender the verbs about them take. */
  record Named(String name, boolean feminine) {}

  /** A city and its country. */
  record Place(String city, String country) {}

  private final Map<String, List<Named>> peopleByTopic = new LinkedHashMap<>();
  private final Map<String, List<String[]>> rolesByTopic = new LinkedHashMap<>();
  private final Map<String, List<Named>> organizationsByTopic = new LinkedHashMap<>();
  private final List<Named> organizations = new ArrayList<>();
  private final List<String> masculineNames = new ArrayList<>();
  private final List<String> feminineNames = new ArrayList<>();
  private final List<String> families = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();

  Cast(List<String[]> rows) {
    for (String[] row : rows) {
      switch (row[0]) {
        case "person" -> {
          Named n = new Named(row[3], "f".equals(row[2]));
          for (String topic : row[1].split(",")) {
            peopleByTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(n);
          }
        }
        case "role" -> {
          String[] forms = row[2].split("\\|");
          for (String topic : row[1].split(",")) {
            rolesByTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(forms);
          }
        }
        case "given" -> ("f".equals(row[1]) ? feminineNames : masculineNames).add(row[2]);
        case "family" -> families.add(row[1]);
        case "org" -> {
          Named n = new Named(row[3], "f".equals(row[2]));
          organizations.add(n);
          for (String topic : row[1].split(",")) {
            organizationsByTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(n);
          }
        }
        case "place" -> {
          places.add(new Place(row[1], row[2]));
          if (!countries.contains(row[2])) {
            countries.add(row[2]);
          }
        }
        default -> throw new IllegalArgumentException("unknown cast row kind: " + row[0]);
      }
    }
  }

  List<Named> people(String topic) {
    return peopleByTopic.getOrDefault(topic, List.of());
  }

  List<String[]> roles(String topic) {
    return rolesByTopic.getOrDefault(topic, List.of());
  }

  List<Named> organizations(String topic) {
    return organizationsByTopic.getOrDefault(topic, organizations);
  }

  List<String> givenNames(boolean feminine) {
    return feminine ? feminineNames : masculineNames;
  }

  List<String> families() {
    return families;
  }

  List<Place> places() {
    return places;
  }

  List<String> countries() {
    return countries;
  }
}
