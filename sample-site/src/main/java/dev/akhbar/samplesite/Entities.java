package dev.akhbar.samplesite;

import java.util.List;

/**
 * The main entities an article names, as its author meant them, in their canonical Arabic form (the
 * form a tagger's canonical name should take). Not every mention: the ones a reader would list.
 */
public record Entities(List<String> persons, List<String> places, List<String> organizations) {

  public Entities {
    persons = persons == null ? List.of() : List.copyOf(persons);
    places = places == null ? List.of() : List.copyOf(places);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
  }

  /** No entities at all (an English page, an empty page). */
  public static Entities none() {
    return new Entities(List.of(), List.of(), List.of());
  }
}
