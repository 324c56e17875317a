package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.EntityType;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Set<String> ISO_CODES =
      Arrays.stream(java.util.Locale.getISOCountries()).collect(Collectors.toSet());

  @Test
  void holdsSeveralThousandEntities() {
    Gazetteer gazetteer = Gazetteer.load();
    assertThat(gazetteer.entityCount()).isGreaterThan(3000);
    assertThat(gazetteer.spellingCount()).isGreaterThan(gazetteer.entityCount());
  }

  @Test
  void everyCountryCodeIsAnIsoCode() {
    for (String list : Gazetteer.LISTS.keySet()) {
      for (String[] row : ResourceLines.read(list)) {
        String code = ResourceLines.field(row, 1);
        assertThat(code.equals("-") || ISO_CODES.contains(code))
            .as("%s: %s has code %s", list, row[0], code)
            .isTrue();
      }
    }
  }

  @Test
  void everyCountryHasItsCldrNameAndCuratedSpellings() {
    Gazetteer gazetteer = Gazetteer.load();
    assertThat(gazetteer.countryName("LY")).isEqualTo("ليبيا");
    assertThat(gazetteer.countryName("PS")).isEqualTo("فلسطين");
    Sense[] usa = gazetteer.phrases().get(MatchForm.of("أميركا"));
    assertThat(usa).extracting(Sense::canonical).containsExactly("الولايات المتحدة");
  }

  @Test
  void theGeneratedCountryListIsWhatTheJdkSays() {
    assertThat(CountryListGenerator.render().lines().filter(l -> !l.startsWith("#")).count())
        .isEqualTo(ISO_CODES.size());
  }

  @Test
  void aSpellingCanMeanSeveralThings() {
    Sense[] tripoli = Gazetteer.load().phrases().get(MatchForm.of("طرابلس"));
    Map<String, EntityType> byCountry =
        Arrays.stream(tripoli)
            .collect(Collectors.toMap(Sense::countryCode, Sense::type, (a, b) -> a));
    assertThat(byCountry).containsKeys("LY", "LB");
  }

  @Test
  void noCanonicalPersonNameStartsWithATitle() {
    Lexicon lexicon = Lexicon.load();
    for (String[] row : ResourceLines.read(Gazetteer.FOLDER + "persons.tsv")) {
      ProjectedText name = ProjectedText.of(row[0]);
      assertThat(lexicon.titles.longestAt(name, 0, false))
          .as("person %s starts with a title", row[0])
          .isNull();
    }
  }
}
