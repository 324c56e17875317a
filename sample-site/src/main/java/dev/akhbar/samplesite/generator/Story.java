package dev.akhbar.samplesite.generator;

import java.util.List;
import java.util.Random;

/**
 * What one generated story is about, drawn once: its topic, two people, two organizations, the
 * dateline's city and country, another city and country, and its numbers and dates, and the few
 * pieces of each pool it is written from. Every piece of the story names these same values, as a
 * real story keeps to its own actors.
 */
final class Story {

  private static final String[] DAYS = {
    "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"
  };
  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر"
  };

  /** Share of stories whose main person is a real office holder rather than an invented one. */
  private static final double REAL_PERSON_SHARE = 0.4;

  private final String topic;
  private final String[] values = new String[Slot.values().length];
  private final boolean[] feminine = new boolean[Slot.values().length];
  private final Piece[][] palette;

  /**
   * @param palette the pieces this story is written from, by {@link StoryWriter.Pool}
   */
  Story(String topic, Piece[][] palette, Cast cast, Random random) {
    this.topic = topic;
    this.palette = palette;
    person(Slot.P1, cast, random, null);
    person(Slot.P2, cast, random, values[Slot.P1.ordinal()]);
    List<Cast.Named> orgs = cast.organizations(topic);
    Cast.Named o1 = orgs.get(random.nextInt(orgs.size()));
    Cast.Named o2;
    do {
      o2 = orgs.get(random.nextInt(orgs.size()));
    } while (o2 == o1 && orgs.size() > 1);
    set(Slot.O1, o1.name(), o1.feminine());
    set(Slot.O2, o2.name(), o2.feminine());
    List<Cast.Place> places = cast.places();
    Cast.Place c1 = places.get(random.nextInt(places.size()));
    Cast.Place c2;
    do {
      c2 = places.get(random.nextInt(places.size()));
    } while (c2.city().equals(c1.city()));
    set(Slot.C1, c1.city(), false);
    set(Slot.C2, c2.city(), false);
    set(Slot.K, c1.country(), false);
    List<String> countries = cast.countries();
    String k2;
    do {
      k2 = countries.get(random.nextInt(countries.size()));
    } while (k2.equals(c1.country()));
    set(Slot.K2, k2, false);
    set(Slot.N1, Integer.toString(3 + random.nextInt(38)), false);
    set(Slot.N2, Integer.toString(100 + random.nextInt(900)), false);
    set(Slot.N3, Integer.toString(1_000 + random.nextInt(99_000)), false);
    set(Slot.PCT, Integer.toString(2 + random.nextInt(59)), false);
    set(Slot.M, Integer.toString(10 + random.nextInt(990)), false);
    set(Slot.Y, Integer.toString(2027 + random.nextInt(9)), false);
    set(Slot.D, DAYS[random.nextInt(DAYS.length)], false);
    set(Slot.MO, MONTHS[random.nextInt(MONTHS.length)], false);
  }

  String topic() {
    return topic;
  }

  Piece[] kept(StoryWriter.Pool pool) {
    return palette[pool.ordinal()];
  }

  String value(Slot slot) {
    return values[slot.ordinal()];
  }

  boolean feminine(Slot slot) {
    return feminine[slot.ordinal()];
  }

  private void person(Slot slot, Cast cast, Random random, String other) {
    List<Cast.Named> real = cast.people(topic);
    List<String[]> roles = cast.roles(topic);
    boolean useReal =
        !real.isEmpty() && (roles.isEmpty() || random.nextDouble() < REAL_PERSON_SHARE);
    if (useReal) {
      Cast.Named n = real.get(random.nextInt(real.size()));
      if (!n.name().equals(other) || real.size() == 1) {
        set(slot, n.name(), n.feminine());
        return;
      }
    }
    boolean f = random.nextInt(4) == 0;
    String[] role = roles.isEmpty() ? new String[] {"الدكتور", "الدكتورة"} : pick(roles, random);
    List<String> given = cast.givenNames(f);
    String name =
        role[f ? 1 : 0]
            + ' '
            + given.get(random.nextInt(given.size()))
            + ' '
            + cast.families().get(random.nextInt(cast.families().size()));
    set(slot, name, f);
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private void set(Slot slot, String value, boolean isFeminine) {
    values[slot.ordinal()] = value;
    feminine[slot.ordinal()] = isFeminine;
  }
}
