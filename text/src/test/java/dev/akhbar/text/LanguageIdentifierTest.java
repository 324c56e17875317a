package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language of short news-like sentences written for this test. */
class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = LanguageIdentifier.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Arabic|ar|Arab|قال الرئيس في مؤتمر صحفي إن الحكومة ستعمل على حل الأزمة خلال الأسبوع",
        "Arabic typed with Persian yeh and keheh|ar|Arab|قال الرئیس فی مؤتمر صحفی إن الحکومة ستعمل علی حل الأزمة",
        "Arabic with a Persian name in it|ar|Arab|التقى وزير الخارجية نظيره الإيراني پزشكيان في طهران أمس",
        "Egyptian spelling|ar|Arab|وقال المسئول فى تصريحات إن الموتمر سيعقد يوم الخميس القادم",
        "Arabic without function words|ar|Arab|بنغازي طرابلس مصراتة",
        "Persian|fa|Arab|رئیس جمهور در این نشست گفت که دولت برای حل مشکلات کشور تلاش می کند",
        "Persian with Arabic loanwords|fa|Arab|وزیر امور خارجه ایران گفت که مذاکرات با کشورهای عربی ادامه خواهد داشت",
        "Urdu|ur|Arab|وزیر اعظم نے کہا کہ حکومت ملک کے مسائل حل کرنے کے لیے کام کر رہی ہے",
        "Urdu news|ur|Arab|پاکستان میں بارشوں سے کئی شہروں میں سیلاب آ گیا اور لوگ بے گھر ہو گئے",
        "English|en|Latn|The president said on Monday that the government will work to end the crisis",
        "French|fr|Latn|Le président a déclaré lundi que le gouvernement allait travailler pour résoudre la crise",
        "Egyptian Arabizi|ar|Latn|ana mesh 3aref eh elli 7asal embare7 ya3ni el dnya kanet za7ma awi",
        "Levantine Arabizi|ar|Latn|shu sar ma3ak mbare7 kteer 7elo el mashwar",
        "English with alphanumerics|en|Latn|COVID19 cases rose in the US and the F16 deal was signed by the G7",
        "German is not guessed|und|Latn|Die Regierung hat heute neue Maßnahmen beschlossen",
        "Russian|und|Zzzz|Москва заявила о новых переговорах",
        "only digits and signs|und|Zzzz|2011 - 24 %",
      })
  void identifiesTheLanguage(String description, String language, String script, String text) {
    LanguageGuess guess = IDENTIFIER.identify(text);

    assertThat(guess.language()).as(description).isEqualTo(language);
    assertThat(guess.script()).as(description).isEqualTo(script);
  }

  @Test
  void arabiziIsArabicInLatinScript() {
    LanguageGuess guess = IDENTIFIER.identify("ana 3ayez a3raf el sa3a kam delwa2ty");

    assertThat(guess.arabizi()).isTrue();
    assertThat(guess.isArabic()).isTrue();
    assertThat(guess.arabicShare()).isZero();
  }

  @Test
  void reportsTheShareOfArabicLetters() {
    LanguageGuess guess = IDENTIFIER.identify("قال Reuters");

    assertThat(guess.arabicShare()).isCloseTo(3.0 / 10.0, within(1e-9));
    assertThat(guess.script()).isEqualTo("Latn");
  }

  @Test
  void halfArabicLettersIsArabicScript() {
    assertThat(IDENTIFIER.identify("قال abc").arabicShare()).isEqualTo(0.5);
    assertThat(IDENTIFIER.identify("قال abc").script()).isEqualTo("Arab");
    assertThat(IDENTIFIER.identify("قال abcd").script()).isEqualTo("Latn");
  }

  @Test
  void noLettersIsUndetermined() {
    assertThat(IDENTIFIER.identify("")).isEqualTo(new LanguageGuess("und", 0, "Zzzz"));
    assertThat(IDENTIFIER.identify("\u0000\uD800 123"))
        .isEqualTo(new LanguageGuess("und", 0, "Zzzz"));
  }

  @Test
  void looksOnlyAtTheSample() {
    LanguageIdentifier identifier = LanguageIdentifier.withSampleChars(20);

    LanguageGuess guess =
        identifier.identify("في من على إلى أن عن " + "the of and to in is ".repeat(50));

    assertThat(guess.language()).isEqualTo("ar");
  }

  @Test
  void theOldTwoArgumentGuessKeepsWorking() {
    assertThat(new LanguageGuess("ar", 1.0).script()).isEqualTo("Arab");
    assertThat(new LanguageGuess("en", 0.0).script()).isEqualTo("Latn");
    assertThat(new LanguageGuess("und", 0.0).script()).isEqualTo("Zzzz");
  }
}
