package dev.akhbar.processor.tag;

/** The match form of a short phrase as the tagger compares it: tokens joined by single spaces. */
final class MatchForm {

  private MatchForm() {}

  static String of(String phrase) {
    ProjectedText text = ProjectedText.of(phrase);
    StringBuilder out = new StringBuilder(phrase.length());
    for (int t = 0; t < text.tokenCount(); t++) {
      if (t > 0) {
        out.append(' ');
      }
      out.append(text.chars(), text.start(t), text.tokenLength(t));
    }
    return out.toString();
  }
}
