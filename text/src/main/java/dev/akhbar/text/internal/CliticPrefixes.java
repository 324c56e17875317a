package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.ALEF;
import static dev.akhbar.text.internal.ArabicLetters.BEH;
import static dev.akhbar.text.internal.ArabicLetters.FEH;
import static dev.akhbar.text.internal.ArabicLetters.KAF;
import static dev.akhbar.text.internal.ArabicLetters.LAM;
import static dev.akhbar.text.internal.ArabicLetters.WAW;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The proclitics written joined to an Arabic word: the conjunctions و and ف, the prepositions ب, ل
 * and ك, the article ال, and their combinations in the order Arabic allows them (conjunction,
 * preposition, article): وال، بال، فبال، لل (ل + ال, whose alef is dropped in writing)، ولل… Spelt
 * in the letters of both forms (these letters are the same in display and match form).
 */
public final class CliticPrefixes {

  /**
   * One prefix: its letters, whether it ends in the article, whether that article lost its alef.
   */
  public record Prefix(String letters, boolean definite, boolean contracted) {}

  private static final String ARTICLE = new String(new char[] {ALEF, LAM});
  private static final String LAM_ARTICLE = new String(new char[] {LAM, LAM});

  /** Every prefix, shortest first. */
  public static final List<Prefix> ALL = build();

  private CliticPrefixes() {}

  /** The article ال as a string. */
  public static String article() {
    return ARTICLE;
  }

  private static List<Prefix> build() {
    List<Prefix> prefixes = new ArrayList<>();
    String[] conjunctions = {"", String.valueOf(WAW), String.valueOf(FEH)};
    String[] prepositions = {"", String.valueOf(BEH), String.valueOf(KAF), String.valueOf(LAM)};
    for (String conjunction : conjunctions) {
      for (String preposition : prepositions) {
        String bare = conjunction + preposition;
        if (!bare.isEmpty()) {
          prefixes.add(new Prefix(bare, false, false));
        }
        if (preposition.equals(String.valueOf(LAM))) {
          // ل + ال is written لل: the article's alef drops after the lam.
          prefixes.add(new Prefix(conjunction + LAM_ARTICLE, true, true));
        } else {
          prefixes.add(new Prefix(bare + ARTICLE, true, false));
        }
      }
    }
    prefixes.sort(Comparator.comparingInt(prefix -> prefix.letters().length()));
    return List.copyOf(prefixes);
  }
}
