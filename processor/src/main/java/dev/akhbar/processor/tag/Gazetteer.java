package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named entities the tagger knows, from the lists under {@code gazetteer/} (their sources are
 * in that folder's README): every spelling in match form, pointing at one or more {@link Sense}s.
 *
 * <p>List rows are {@code canonical TAB country TAB aliases TAB flags}: aliases separated by {@code
 * |}, an alias written {@code ~alias} is weak, and the flag {@code weak} makes the canonical
 * spelling weak too. Countries come from the CLDR list plus curated variants. Immutable after
 * loading.
 */
final class Gazetteer {

  static final String FOLDER = "gazetteer/";
  static final String COUNTRIES_CLDR = FOLDER + "countries-cldr.tsv";
  static final String COUNTRY_VARIANTS = FOLDER + "country-variants.tsv";

  /** The entity lists and the type of entity each holds. */
  static final Map<String, EntityType> LISTS =
      Map.of(
          FOLDER + "cities.tsv", EntityType.LOCATION,
          FOLDER + "regions.tsv", EntityType.LOCATION,
          FOLDER + "persons.tsv", EntityType.PERSON,
          FOLDER + "organizations.tsv", EntityType.ORGANIZATION);

  private static final String WEAK_MARK = "~";
  private static final String WEAK_FLAG = "weak";

  private final PhraseTable<Sense[]> phrases = new PhraseTable<>();
  private final Map<String, String> countryNames = new LinkedHashMap<>();
  private int rows;

  private final Lexicon lexicon;

  private Gazetteer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Loads every list from the class path, with the shipped word lists. */
  static Gazetteer load() {
    return load(Lexicon.load());
  }

  /**
   * Loads every list from the class path. A one-word spelling that {@code lexicon} knows as a
   * common word (عالية high, كان was, وان) is made weak, whatever its list says: the lists are long
   * and such clashes are easy to miss by hand. Country names are exempt.
   */
  static Gazetteer load(Lexicon lexicon) {
    Gazetteer gazetteer = new Gazetteer(lexicon);
    gazetteer.loadCountries();
    LISTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> gazetteer.loadList(e.getKey(), e.getValue()));
    return gazetteer;
  }

  PhraseTable<Sense[]> phrases() {
    return phrases;
  }

  /** The canonical name of a country by its ISO code, or null. */
  String countryName(String code) {
    return countryNames.get(code);
  }

  /** How many list rows (entities) were loaded. */
  int entityCount() {
    return rows;
  }

  /** How many distinct spellings point at entities. */
  int spellingCount() {
    return phrases.size();
  }

  private void loadCountries() {
    Map<String, String[]> variants = new LinkedHashMap<>();
    for (String[] row : ResourceLines.read(COUNTRY_VARIANTS)) {
      variants.put(row[0].toUpperCase(Locale.ROOT), row);
    }
    for (String[] row : ResourceLines.read(COUNTRIES_CLDR)) {
      String code = row[0].toUpperCase(Locale.ROOT);
      String cldrName = ResourceLines.field(row, 1);
      String[] curated = variants.get(code);
      String canonical = cldrName;
      List<String> aliases = new ArrayList<>();
      boolean weak = false;
      if (curated != null) {
        weak = ResourceLines.field(curated, 4).equals(WEAK_FLAG);
        String override = ResourceLines.field(curated, 1);
        if (!override.isEmpty()) {
          canonical = override;
          aliases.add(cldrName);
        }
        aliases.addAll(ResourceLines.items(ResourceLines.field(curated, 2)));
      }
      countryNames.put(code, canonical);
      add(EntityType.LOCATION, canonical, code, canonical, weak);
      for (String alias : aliases) {
        addAlias(EntityType.LOCATION, canonical, code, alias, false);
      }
      rows++;
    }
  }

  private void loadList(String path, EntityType type) {
    for (String[] row : ResourceLines.read(path)) {
      String canonical = row[0];
      String country = ResourceLines.field(row, 1);
      String code =
          country.isEmpty() || country.equals("-") ? null : country.toUpperCase(Locale.ROOT);
      boolean weak = Arrays.asList(ResourceLines.field(row, 3).split(",")).contains(WEAK_FLAG);
      add(type, canonical, code, canonical, weak || isCommonWord(canonical));
      for (String alias : ResourceLines.items(ResourceLines.field(row, 2))) {
        addAlias(type, canonical, code, alias, true);
      }
      rows++;
    }
  }

  private boolean isCommonWord(String spelling) {
    ProjectedText text = ProjectedText.of(spelling);
    if (text.tokenCount() != 1) {
      return false;
    }
    TokenTable.Found<WordClass> found = lexicon.words.lookup(text, 0);
    return (found != null && found.clitics() == 0) || lexicon.nisbas.find(text, 0) != null;
  }

  private void addAlias(
      EntityType type, String canonical, String code, String alias, boolean checkWords) {
    boolean weak = alias.startsWith(WEAK_MARK);
    String spelling = weak ? alias.substring(1) : alias;
    add(type, canonical, code, spelling, weak || (checkWords && isCommonWord(spelling)));
  }

  private void add(EntityType type, String canonical, String code, String spelling, boolean weak) {
    Sense sense = new Sense(type, canonical, code, weak);
    phrases.put(spelling, new Sense[] {sense}, Gazetteer::merge);
  }

  private static Sense[] merge(Sense[] old, Sense[] added) {
    List<Sense> out = new ArrayList<>(Arrays.asList(old));
    for (Sense s : added) {
      boolean known = false;
      for (int i = 0; i < out.size(); i++) {
        Sense o = out.get(i);
        if (o.type() == s.type()
            && o.canonical().equals(s.canonical())
            && java.util.Objects.equals(o.countryCode(), s.countryCode())) {
          known = true;
          if (o.weak() && !s.weak()) {
            out.set(i, s);
          }
        }
      }
      if (!known) {
        out.add(s);
      }
    }
    return out.toArray(new Sense[0]);
  }
}
