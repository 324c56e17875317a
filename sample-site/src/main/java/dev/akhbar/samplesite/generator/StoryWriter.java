package dev.akhbar.samplesite.generator;

import java.util.Arrays;
import java.util.Random;

/**
 * Writes a {@link Story}'s headline and body from the {@link Phrasebook}'s clause-level pieces. A
 * sentence is either an event of the story's topic or a reported proposition: who says it (opener),
 * then subject, predicate, verbal noun, head and purpose, with a modifier and a tail now and then.
 * Pieces are combined freely and every piece names the story's own people, places and numbers, so
 * two stories of the same topic share few runs of three words, while one story stays consistent.
 */
final class StoryWriter {

  /**
   * The pools a sentence draws from, with how many pieces of each one story keeps: a story holds to
   * a few subjects, purposes and ways of speaking, as a real one does, and two stories keep
   * different few (0 keeps the whole pool).
   */
  enum Pool {
    PREFIX("prefix", false, 6),
    OPENER("opener", false, 10),
    LEAD("lead", false, 0),
    PREDICATE("predicate", false, 12),
    MASDAR("masdar", false, 10),
    HEAD("head", false, 6),
    MODIFIER("modifier", false, 6),
    TAIL("tail", false, 5),
    SUBJECT("subject", true, 3),
    PURPOSE("purpose", true, 4),
    EVENT("event", true, 4),
    TITLE("title", true, 0);

    final String name;
    final boolean byTopic;
    final int kept;

    Pool(String name, boolean byTopic, int kept) {
      this.name = name;
      this.byTopic = byTopic;
      this.kept = kept;
    }
  }

  private static final Pool[] POOLS = Pool.values();

  /** Share of sentences that tell an event of the topic rather than report a proposition. */
  private static final double EVENT_SHARE = 0.25;

  private static final double MODIFIER_SHARE = 0.6;
  private static final double TAIL_SHARE = 0.3;
  private static final char LAM = '\u0644';
  private static final char ALEF = '\u0627';

  private final Phrasebook book;
  private final Random random;

  StoryWriter(Phrasebook book, Random random) {
    this.book = book;
    this.random = random;
  }

  /** A new story of {@code topic}: its cast, numbers and dates, and the pieces it keeps. */
  Story story(String topic) {
    Piece[][] palette = new Piece[POOLS.length][];
    for (Pool pool : POOLS) {
      Piece[] all = book.pool(pool.byTopic ? pool.name + "." + topic : pool.name);
      palette[pool.ordinal()] = pool.kept == 0 ? all : sample(all, pool.kept);
    }
    return new Story(topic, palette, book.cast(), random);
  }

  String title(Story story) {
    StringBuilder out = new StringBuilder(96);
    pick(story, Pool.TITLE).appendTo(out, story, false);
    return out.toString();
  }

  /**
   * A body of {@code paragraphs} paragraphs and about {@code targetBytes} UTF-8 bytes (at most one
   * sentence more), the first starting with the dateline.
   */
  String body(Story story, int paragraphs, int targetBytes) {
    StringBuilder out = new StringBuilder(targetBytes + 512);
    out.append(story.value(Slot.C1)).append(" - ");
    int bytes = utf8Bytes(out, 0);
    bytes += lead(out, story);
    int events = 0; // each event of the story is told once
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        out.append("\n\n");
        bytes += 2;
      }
      int until = (int) ((long) targetBytes * (p + 1) / paragraphs);
      boolean first = p > 0;
      while (first || bytes < until) {
        if (!first) {
          out.append(' ');
          bytes++;
        }
        first = false;
        int from = out.length();
        events += sentence(out, story, events) ? 1 : 0;
        bytes += utf8Bytes(out, from);
      }
    }
    return out.toString();
  }

  /** One more sentence of the story, for an update. */
  String sentence(Story story) {
    StringBuilder out = new StringBuilder(256);
    sentence(out, story, Integer.MAX_VALUE);
    return out.toString();
  }

  private int lead(StringBuilder out, Story story) {
    int from = out.length();
    boolean f = append(out, pick(story, Pool.LEAD), story, false, false);
    proposition(out, story, f);
    out.append('.');
    return utf8Bytes(out, from);
  }

  /** Appends a sentence; returns whether it told the story's next event ({@code told} so far). */
  private boolean sentence(StringBuilder out, Story story, int told) {
    Piece prefix = pick(story, Pool.PREFIX);
    append(out, prefix, story, false, true);
    boolean glued = prefix.glued();
    boolean f;
    Piece[] events = story.kept(Pool.EVENT);
    boolean event = told < events.length && random.nextDouble() < EVENT_SHARE;
    if (event) {
      f = append(out, events[told], story, false, glued);
    } else {
      f = append(out, pick(story, Pool.OPENER), story, false, glued);
      f = proposition(out, story, f);
    }
    if (random.nextDouble() < TAIL_SHARE) {
      out.append("، ");
      pick(story, Pool.TAIL).appendTo(out, story, f);
    }
    out.append('.');
    return event;
  }

  private boolean proposition(StringBuilder out, Story story, boolean speakerFeminine) {
    boolean f = append(out, pick(story, Pool.SUBJECT), story, speakerFeminine, false);
    Piece predicate = pick(story, Pool.PREDICATE);
    append(out, predicate, story, f, false);
    append(out, pick(story, Pool.MASDAR), story, f, predicate.glued());
    append(out, pick(story, Pool.HEAD), story, f, false);
    append(out, pick(story, Pool.PURPOSE), story, f, false);
    if (random.nextDouble() < MODIFIER_SHARE) {
      append(out, pick(story, Pool.MODIFIER), story, f, false);
    }
    return f;
  }

  /**
   * Appends a piece after a space, or glued to the previous one ({@code ل+ال} becomes لل), and
   * returns the gender in force after it.
   */
  private static boolean append(
      StringBuilder out, Piece piece, Story story, boolean feminine, boolean glued) {
    if (!glued && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    int from = out.length();
    boolean f = piece.appendTo(out, story, feminine);
    if (glued
        && from > 0
        && out.charAt(from - 1) == LAM
        && out.length() > from + 1
        && out.charAt(from) == ALEF
        && out.charAt(from + 1) == LAM) {
      out.deleteCharAt(from);
    }
    return f;
  }

  private Piece pick(Story story, Pool pool) {
    Piece[] pieces = story.kept(pool);
    return pieces[random.nextInt(pieces.length)];
  }

  /** {@code count} pieces of {@code all} drawn without repeats, in random order. */
  private Piece[] sample(Piece[] all, int count) {
    Piece[] shuffled = all.clone();
    int n = Math.min(count, shuffled.length);
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(shuffled.length - i);
      Piece t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    return Arrays.copyOf(shuffled, n);
  }

  /** UTF-8 length of {@code text} from {@code from} on (no surrogates in the generator's text). */
  static int utf8Bytes(CharSequence text, int from) {
    int bytes = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
