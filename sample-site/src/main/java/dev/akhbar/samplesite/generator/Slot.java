package dev.akhbar.samplesite.generator;

/**
 * A value a story draws once and repeats wherever a piece names it ({@code {p1}}, {@code {c1}},
 * ...): the people, organizations, places, numbers and dates of one story.
 */
enum Slot {
  P1("p1"),
  P2("p2"),
  O1("o1"),
  O2("o2"),
  C1("c1"),
  C2("c2"),
  K("k"),
  K2("k2"),
  N1("n1"),
  N2("n2"),
  N3("n3"),
  PCT("pct"),
  M("m"),
  Y("y"),
  D("d"),
  MO("mo");

  private static final Slot[] ALL = values();

  final String token;

  Slot(String token) {
    this.token = token;
  }

  /** Whether the slot names someone whose gender the verbs around it agree with. */
  boolean gendered() {
    return this == P1 || this == P2 || this == O1 || this == O2;
  }

  static Slot of(String token) {
    for (Slot s : ALL) {
      if (s.token.equals(token)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown slot {" + token + "}");
  }
}
