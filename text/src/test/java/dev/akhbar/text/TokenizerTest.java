package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How Arabic news text splits into tokens. Tokens are written separated by |. */
class TokenizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "whitespace; قال الرئيس  إن; قال|الرئيس|إن",
        "Arabic comma without a space; بنغازي،طرابلس; بنغازي|طرابلس",
        "Arabic semicolon; أولا؛ثانيا; أولا|ثانيا",
        "Arabic question mark; أين؟; أين",
        "Arabic full stop; ختم۔ بدأ; ختم|بدأ",
        "guillemets; «المجموعات الإرهابية»; المجموعات|الإرهابية",
        "Latin punctuation; Hello, world! (yes); Hello|world|yes",
        "number; سقوط 24 قتيلا; سقوط|24|قتيلا",
        "decimal number; 3.5 مليون; 3.5|مليون",
        "thousands; 1,000 شخص; 1,000|شخص",
        "Eastern Arabic number; ٣٫٥ و٢٠١١; ٣٫٥|و|٢٠١١",
        "number then a full stop; عام 2011.; عام|2011",
        "Arabic letters and digits split; 2011م; 2011|م",
        "digits glued before an Arabic word; 24قتيلا; 24|قتيلا",
        "Latin alphanumeric; طائرة F16 و G7; طائرة|F16|و|G7",
        "Arabizi keeps its digits; 3arabi ma3a; 3arabi|ma3a",
        "hyphen splits; COVID-19; COVID|19",
        "apostrophe inside a Latin word; l'armée; l'armée",
        "vowelled word stays one token; قَتِيلًا; قَتِيلًا",
        "tatweel inside a word; بنـــغازي; بنـــغازي",
        "hashtag; #بنغازي; بنغازي",
        "percent; 50% من; 50|من",
        "slash; 2014/05/17; 2014|05|17",
        "emoji separates; خبر😀عاجل; خبر|عاجل",
        "paragraphs; أ\\n\\nب; أ|ب",
      })
  void splitsOnWhitespaceAndPunctuation(String rule, String text, String expected) {
    assertThat(String.join("|", Tokenizer.defaults().words(text.replace("\\n", "\n"))))
        .isEqualTo(expected);
  }

  @Test
  void emptyAndLetterlessTextHaveNoTokens() {
    assertThat(Tokenizer.defaults().tokenize("")).isEmpty();
    assertThat(Tokenizer.defaults().tokenize(" ... ، ؟ ")).isEmpty();
  }

  @Test
  void tokensCarryTheirOffsetsAndKinds() {
    List<Token> tokens = Tokenizer.defaults().tokenize("في 2011 قال");

    assertThat(tokens)
        .containsExactly(
            new Token("في", 0, 2, TokenKind.WORD, 0, false),
            new Token("2011", 3, 7, TokenKind.NUMBER, 0, false),
            new Token("قال", 8, 11, TokenKind.WORD, 0, false));
  }

  @Test
  void punctuationTokensOnlyWhenAsked() {
    Tokenizer tokenizer = Tokenizer.builder().punctuation(true).build();

    assertThat(tokenizer.words("قال، هل؟")).containsExactly("قال", "،", "هل", "؟");
    assertThat(tokenizer.tokenize("؛").get(0).kind()).isEqualTo(TokenKind.PUNCTUATION);
  }

  @Test
  void visitorSeesTheSameTokensWithoutObjects() {
    String text = "قال الرئيس في 2011، «بنغازي»";
    List<String> visited = new ArrayList<>();

    Tokenizer.defaults()
        .tokenize(text, (start, end, kind) -> visited.add(text.substring(start, end)));

    assertThat(visited).isEqualTo(Tokenizer.defaults().words(text));
  }

  @Test
  void peelsArticlePrefixesWhenAsked() {
    Tokenizer tokenizer = Tokenizer.builder().peelClitics(CliticPeeler.defaults()).build();

    List<Token> tokens = tokenizer.tokenize("وبالولايات للقاهرة بنغازي");

    assertThat(tokens).extracting(Token::text).containsExactly("ولايات", "قاهرة", "بنغازي");
    assertThat(tokens.get(0).prefixLength()).isEqualTo(4);
    assertThat(tokens.get(0).surfaceStart()).isZero();
    assertThat(tokens.get(0).definiteForm()).isEqualTo("الولايات");
    assertThat(tokens.get(1).definite()).isTrue();
    assertThat(tokens.get(2).prefixLength()).isZero();
  }

  @Test
  void normalizedTokensSeeTheHamzaTheMatchFormLost() {
    Tokenizer tokenizer = Tokenizer.builder().peelClitics(CliticPeeler.defaults()).build();
    Normalized normalized = Normalizer.defaults().normalize("أسرار الغرفة");

    List<Token> tokens = tokenizer.tokenize(normalized);

    assertThat(tokens).extracting(Token::text).containsExactly("اسرار", "غرفه");
  }

  @Test
  void normalizedTokensDoNotPeelAHamzaAlef() {
    Tokenizer tokenizer = Tokenizer.builder().peelClitics(CliticPeeler.defaults()).build();

    List<Token> tokens = tokenizer.tokenize(Normalizer.defaults().normalize("ألحان"));

    assertThat(tokens).extracting(Token::text).containsExactly("الحان");
  }

  static IntStream seeds() {
    return IntStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tokensAreOrderedNonOverlappingSubstrings(int seed) {
    String text = Normalizer.defaults().normalize(RandomText.of(new Random(seed))).match();
    Tokenizer tokenizer =
        Tokenizer.builder().punctuation(true).peelClitics(CliticPeeler.defaults()).build();

    int previousEnd = 0;
    for (Token token : tokenizer.tokenize(text)) {
      assertThat(token.surfaceStart()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(text.length());
      assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
      previousEnd = token.end();
    }
  }
}
