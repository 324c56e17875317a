package dev.akhbar.text.internal;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unicode NFKC: presentation forms and the lam-alef ligatures U+FEF5–U+FEFC become plain letters,
 * an alef followed by a separate U+0654 ARABIC HAMZA ABOVE becomes أ, fullwidth and mathematical
 * letters and digits become ASCII, NO-BREAK SPACE becomes a space, and marks are put in canonical
 * order. Two words CAMeL Tools also fixes before NFKC: U+FDFC RIAL SIGN becomes ريال with an Arabic
 * yeh (NFKC gives a Farsi one), and U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM is spelt
 * out.
 *
 * <p>The JDK normalizes a whole string without saying where each output character came from, so the
 * text is cut into clusters that NFKC cannot join across (a starter that composes with nothing
 * before it, with the marks that follow it); each cluster is normalized alone and its output maps
 * to the cluster's source. The result equals JDK NFKC of the whole text (a property test checks
 * it). Clusters of one character take a precomputed table, so plain Arabic and Latin text costs one
 * table look-up per character.
 */
public final class CompatibilityComposition implements TextStep {

  private static final char RIAL_SIGN = '\uFDFC';
  private static final char ARABIC_LIGATURE_BISMILLAH = '\uFDFD';
  private static final String RIAL = "\u0631\u064A\u0627\u0644";
  private static final String BISMILLAH =
      "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062D\u0645\u0646"
          + " \u0627\u0644\u0631\u062D\u064A\u0645";

  /** Most clusters whose NFKC is remembered; each costs two short strings. */
  public static final int MAX_CACHED_CLUSTERS = 16_384;

  private static final Map<String, String> CLUSTER_CACHE = new ConcurrentHashMap<>();
  private static final int HANGUL_JUNGSEONG_FILLER = 0x1160;
  private static final int HANGUL_JONGSEONG_LAST = 0x11FF;
  private static final int HANGUL_JUNGSEONG_O_YEO = 0xD7B0;
  private static final int HANGUL_JONGSEONG_PHIEUPH_THIEUTH = 0xD7FF;

  @Override
  public boolean isTrigger(char c) {
    return !Tables.INERT[c];
  }

  /** NFKC of an NFKC text is the text; the two CAMeL fixes write plain letters. */
  @Override
  public boolean isIdempotent() {
    return true;
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int i = stableEnd(s, n, 0);
    if (i == n) {
      return false;
    }
    out.clear(n + 16);
    out.append(in, 0, i);
    boolean changed = false;
    while (i < n) {
      char c = s[i];
      int end = clusterEnd(s, n, i);
      if (end == i + 1 && !Character.isSurrogate(c)) {
        String replacement = Tables.DECOMPOSITION[c];
        if (replacement == null) {
          out.append(in, i);
        } else {
          out.append(replacement, in, i, end);
          changed = true;
        }
      } else {
        changed |= normalizeCluster(in, i, end, out);
      }
      // The stable clusters up to the next one that needs work are copied in one piece.
      int stable = stableEnd(s, n, end);
      out.append(in, end, stable);
      i = stable;
    }
    return changed;
  }

  /**
   * The end of the run of clusters from {@code from} (where a cluster starts) that NFKC leaves as
   * they are: each an inert starter followed by simple marks in canonical order, none followed by a
   * surrogate pair that may be a mark of it. One table look-up per character; typical Arabic,
   * vowelled or not, and Latin text are one run.
   */
  private static int stableEnd(char[] s, int n, int from) {
    byte[] stability = Tables.STABILITY;
    int clusterStart = from;
    // Nothing is in order after a cluster start: a mark there needs work.
    int previous = Integer.MAX_VALUE;
    for (int j = from; j < n; j++) {
      int rank = stability[s[j]];
      if (rank == Tables.INERT_STARTER) {
        clusterStart = j;
        previous = rank;
      } else if (rank > Tables.INERT_STARTER) {
        if (rank < previous) {
          return clusterStart;
        }
        previous = rank;
      } else if (!Tables.STARTS_CLUSTER[s[j]]) {
        // A mark that may compose or has a decomposition, or a lone low surrogate.
        return clusterStart;
      } else if (Character.isHighSurrogate(s[j]) && j > from && !startsCluster(s, n, j)) {
        // A supplementary mark belongs to the cluster before it.
        return clusterStart;
      } else {
        return j;
      }
    }
    return n;
  }

  private static int clusterEnd(char[] s, int n, int start) {
    int j = Character.isHighSurrogate(s[start]) && start + 1 < n ? start + 2 : start + 1;
    while (j < n && !startsCluster(s, n, j)) {
      j += Character.isHighSurrogate(s[j]) && j + 1 < n ? 2 : 1;
    }
    return j;
  }

  private static boolean startsCluster(char[] s, int n, int j) {
    char c = s[j];
    if (!Character.isHighSurrogate(c)) {
      return Tables.STARTS_CLUSTER[c];
    }
    if (j + 1 < n && Character.isLowSurrogate(s[j + 1])) {
      return !isMark(Character.toCodePoint(c, s[j + 1]));
    }
    return true;
  }

  /** Appends NFKC of the cluster {@code [start, end)}; returns whether it differs. */
  private static boolean normalizeCluster(TextBuffer in, int start, int end, TextBuffer out) {
    CharBuffer cluster = CharBuffer.wrap(in.chars(), start, end - start);
    String normalized = normalizeCached(new String(in.chars(), start, end - start));
    if (normalized.contentEquals(cluster)) {
      out.append(in, start, end);
      return false;
    }
    out.append(normalized, in, start, end);
    return true;
  }

  /**
   * NFKC of a multi-character cluster. Vowelled Arabic repeats the same few letter-and-mark
   * clusters, so results are kept, up to {@link #MAX_CACHED_CLUSTERS}; past that, computed each
   * time.
   */
  private static String normalizeCached(String cluster) {
    String cached = CLUSTER_CACHE.get(cluster);
    if (cached != null) {
      return cached;
    }
    String normalized = normalize(cluster);
    if (CLUSTER_CACHE.size() < MAX_CACHED_CLUSTERS) {
      CLUSTER_CACHE.put(cluster, normalized);
    }
    return normalized;
  }

  private static String normalize(CharSequence text) {
    if (text.length() == 1) {
      char c = text.charAt(0);
      if (c == RIAL_SIGN) {
        return RIAL;
      }
      if (c == ARABIC_LIGATURE_BISMILLAH) {
        return BISMILLAH;
      }
    }
    return Normalizer.normalize(text, Form.NFKC);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Hangul vowel and final jamo are letters, not marks, yet compose with what precedes them. */
  private static boolean isTrailingJamo(int c) {
    return (c >= HANGUL_JUNGSEONG_FILLER && c <= HANGUL_JONGSEONG_LAST)
        || (c >= HANGUL_JUNGSEONG_O_YEO && c <= HANGUL_JONGSEONG_PHIEUPH_THIEUTH);
  }

  /** Computed once, on first use, from the JDK's own NFKC: about 65,000 one-character calls. */
  private static final class Tables {
    /** NFKC of each BMP character that changes under it, else null. */
    static final String[] DECOMPOSITION = new String[0x10000];

    /** Whether NFKC cannot join the character with anything before it. */
    static final boolean[] STARTS_CLUSTER = new boolean[0x10000];

    /** Whether the character starts a cluster and NFKC leaves it alone. */
    static final boolean[] INERT = new boolean[0x10000];

    /** {@link #STABILITY} of a character NFKC may change or join with what precedes it. */
    static final byte NEEDS_WORK = -1;

    /** {@link #STABILITY} of a starter NFKC leaves alone. */
    static final byte INERT_STARTER = 0;

    /**
     * What a character says about the stability of its cluster: {@link #INERT_STARTER}; for a
     * simple mark (NFKC leaves it alone, it composes with nothing, its canonical combining class is
     * above 1) its place in canonical order, from 1 (marks of equal rank have the same class); else
     * {@link #NEEDS_WORK}. A text is stable where each mark follows an inert starter or a mark of
     * no higher rank.
     */
    static final byte[] STABILITY = new byte[0x10000];

    /** U+0334 COMBINING TILDE OVERLAY, of canonical combining class 1, the lowest of the marks. */
    private static final char LOWEST_CLASS_MARK = '\u0334';

    static {
      for (int c = 0; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          STARTS_CLUSTER[c] = Character.isHighSurrogate((char) c);
          STABILITY[c] = NEEDS_WORK;
          continue;
        }
        String alone = String.valueOf((char) c);
        String normalized = normalize(alone);
        boolean changes = !normalized.equals(alone);
        DECOMPOSITION[c] = changes ? normalized : null;
        boolean starter =
            !isMark(c)
                && !isTrailingJamo(c)
                && !normalized.isEmpty()
                && !isMark(normalized.codePointAt(0))
                && !isTrailingJamo(normalized.codePointAt(0));
        STARTS_CLUSTER[c] = starter;
        INERT[c] = starter && !changes;
        STABILITY[c] = INERT[c] ? INERT_STARTER : NEEDS_WORK;
      }
      rankSimpleMarks();
    }

    private static void rankSimpleMarks() {
      boolean[] composes = new boolean[0x10000];
      for (int c = 0; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        // Every character after the first of a canonical decomposition may compose with what
        // precedes it (U+0654 with alef, U+0301 with e).
        String decomposed = Normalizer.normalize(String.valueOf((char) c), Form.NFD);
        for (int k = 1; k < decomposed.length(); k++) {
          composes[decomposed.charAt(k)] = true;
        }
      }
      List<Character> marks = new ArrayList<>();
      for (int c = 0; c < 0x10000; c++) {
        char mark = (char) c;
        if (!Character.isSurrogate(mark)
            && isMark(c)
            && !isTrailingJamo(c)
            && !composes[c]
            && DECOMPOSITION[c] == null
            && Normalizer.isNormalized(String.valueOf(mark), Form.NFD)
            && reorders(mark, LOWEST_CLASS_MARK)) {
          marks.add(mark);
        }
      }
      marks.sort(Tables::canonicalOrder);
      int rank = 0;
      Character previous = null;
      for (Character mark : marks) {
        if (previous == null || canonicalOrder(previous, mark) != 0) {
          rank++;
        }
        if (rank > Byte.MAX_VALUE) {
          return;
        }
        STABILITY[mark] = (byte) rank;
        previous = mark;
      }
    }

    /** Orders two marks of combining class above 0 as canonical ordering does. */
    private static int canonicalOrder(char a, char b) {
      if (reorders(a, b)) {
        return 1;
      }
      return reorders(b, a) ? -1 : 0;
    }

    /** Whether canonical ordering puts {@code second} before {@code first}. */
    private static boolean reorders(char first, char second) {
      String pair = new String(new char[] {first, second});
      return Normalizer.normalize(pair, Form.NFD).equals(new String(new char[] {second, first}));
    }
  }
}
