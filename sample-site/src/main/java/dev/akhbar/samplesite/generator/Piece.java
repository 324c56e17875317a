package dev.akhbar.samplesite.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * One clause-level piece of text, parsed once: literal text, story slots ({@code {c1}}) and gender
 * alternations ({@code [قال|قالت]}). The alternations agree with the first person or organization
 * the piece names, else with the gender in force in the sentence; a piece written {@code m:…} or
 * {@code f:…} sets that gender (a sentence's subject). A piece ending in {@code +} is glued to the
 * next one (ب+ ل+), with ل+ال written لل.
 */
final class Piece {

  private static final char GLUE = '+';

  private final Object[] parts; // String, Slot, or String[2] {masculine, feminine}
  private final Slot genderSlot; // the first person or organization named, or null
  private final Boolean fixedFeminine; // from an m:/f: prefix, or null
  private final boolean glued;

  private Piece(Object[] parts, Slot genderSlot, Boolean fixedFeminine, boolean glued) {
    this.parts = parts;
    this.genderSlot = genderSlot;
    this.fixedFeminine = fixedFeminine;
    this.glued = glued;
  }

  static Piece parse(String text) {
    Boolean fixed = null;
    String t = text;
    if (t.startsWith("m:") || t.startsWith("f:")) {
      fixed = t.charAt(0) == 'f';
      t = t.substring(2);
    }
    boolean glued = t.endsWith(String.valueOf(GLUE));
    if (glued) {
      t = t.substring(0, t.length() - 1);
    }
    List<Object> parts = new ArrayList<>();
    Slot genderSlot = null;
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '{' || c == '[') {
        int close = t.indexOf(c == '{' ? '}' : ']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed " + c + " in: " + text);
        }
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        String inner = t.substring(i + 1, close);
        if (c == '{') {
          Slot slot = Slot.of(inner);
          parts.add(slot);
          if (genderSlot == null && slot.gendered()) {
            genderSlot = slot;
          }
        } else {
          int bar = inner.indexOf('|');
          if (bar < 0) {
            throw new IllegalArgumentException("an alternation needs two forms: " + text);
          }
          parts.add(new String[] {inner.substring(0, bar), inner.substring(bar + 1)});
        }
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return new Piece(parts.toArray(), genderSlot, fixed, glued);
  }

  boolean glued() {
    return glued;
  }

  /**
   * Appends the piece with the story's values and returns the gender in force after it.
   *
   * @param feminine the gender in force before the piece
   */
  boolean appendTo(StringBuilder out, Story story, boolean feminine) {
    boolean f = feminine;
    if (fixedFeminine != null) {
      f = fixedFeminine;
    } else if (genderSlot != null) {
      f = story.feminine(genderSlot);
    }
    for (Object part : parts) {
      if (part instanceof String s) {
        out.append(s);
      } else if (part instanceof Slot slot) {
        out.append(story.value(slot));
      } else {
        out.append(((String[]) part)[f ? 1 : 0]);
      }
    }
    return f;
  }
}
