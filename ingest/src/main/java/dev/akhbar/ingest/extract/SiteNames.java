package dev.akhbar.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The names an outlet goes by, so that its name is taken off headlines («واحة الأخبار | …») and
 * never stands as an author. Gathered from the source's configured name, {@code og:site_name} and
 * {@code application-name}, and the {@code alt} text of the page's logo. Names are compared on a
 * fold (alef variants, teh marbuta, diacritics, tatweel, case, punctuation), and a text is the
 * outlet's name when it is one of the names; one with up to {@link #MAX_EXTRA_WORDS} more words
 * («فريق تحرير واحة الأخبار»), which for a one-word name must name a kind of outlet or desk («موقع
 * الجزيرة», never «محمد الجزيرة»); or made only of a name's words without their article («الواحة»
 * for «واحة الأخبار»).
 */
final class SiteNames {

  /** Words beyond a site name that still make a text the site's name. */
  static final int MAX_EXTRA_WORDS = 2;

  /** Logos looked at, at most. */
  static final int MAX_LOGOS = 3;

  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words that name a kind of outlet or its desk, folded: «موقع», «جريدة», «فريق», «نت» … */
  private static final Set<String> OUTLET_WORDS =
      Set.of(
          "موقع",
          "جريده",
          "صحيفه",
          "بوابه",
          "شبكه",
          "قناه",
          "مجله",
          "وكاله",
          "فريق",
          "تحرير",
          "محرر",
          "مراسل",
          "نت",
          "اونلاين",
          "الالكترونيه",
          "الالكتروني",
          "الاخباري",
          "الاخباريه",
          "net",
          "online",
          "news");

  private static final SiteNames NONE = new SiteNames(List.of());

  private final List<List<String>> names;

  private SiteNames(List<List<String>> names) {
    this.names = names;
  }

  static SiteNames none() {
    return NONE;
  }

  /** The names given, blank ones skipped. */
  static SiteNames of(List<String> names) {
    Set<List<String>> keys = new LinkedHashSet<>();
    for (String n : names) {
      if (n != null) {
        List<String> words = words(n);
        if (!words.isEmpty()) {
          keys.add(words);
        }
      }
    }
    return new SiteNames(List.copyOf(keys));
  }

  /** The names the page and its source give the outlet. */
  static SiteNames of(Document doc, String sourceName) {
    List<String> found = new ArrayList<>();
    found.add(sourceName);
    MetaTagsReader.first(doc, List.of("og:site_name")).ifPresent(found::add);
    MetaTagsReader.first(doc, List.of("application-name")).ifPresent(found::add);
    int logos = 0;
    for (Element img : doc.select("img[alt]")) {
      String marks =
          (img.attr("src") + " " + img.className() + " " + img.id()).toLowerCase(Locale.ROOT);
      boolean logo = marks.contains("logo");
      if (!logo && img.parent() != null && img.parent().normalName().equals("a")) {
        String href = img.parent().attr("href");
        logo = href.equals("/") || href.equals("./") || href.equals("index.html");
      }
      if (logo) {
        found.add(img.attr("alt"));
        if (++logos >= MAX_LOGOS) {
          break;
        }
      }
    }
    return of(found);
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /** Whether {@code text} is the outlet's name, possibly with a word or two around it. */
  boolean matches(String text) {
    if (text == null || names.isEmpty()) {
      return false;
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return false;
    }
    for (List<String> name : names) {
      int at = runAt(words, name);
      if (at >= 0 && words.size() - name.size() <= MAX_EXTRA_WORDS) {
        List<String> extra = new ArrayList<>(words.subList(0, at));
        extra.addAll(words.subList(at + name.size(), words.size()));
        // «محمد الجزيرة» is a person even when the outlet is «الجزيرة»; «موقع الجزيرة» is not.
        if (name.size() >= 2 || OUTLET_WORDS.containsAll(extra)) {
          return true;
        }
      }
      if (words.size() <= name.size() && bareWords(name).containsAll(bareWords(words))) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code name} starts in {@code words}, or -1. */
  private static int runAt(List<String> words, List<String> name) {
    for (int i = 0; i + name.size() <= words.size(); i++) {
      if (words.subList(i, i + name.size()).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The words without the article ال, so that «الواحة» meets «واحة الأخبار». */
  private static Set<String> bareWords(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w);
    }
    return out;
  }

  private static List<String> words(String text) {
    String folded = NOT_LETTER.matcher(DateText.fold(text)).replaceAll(" ").strip();
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }
}
