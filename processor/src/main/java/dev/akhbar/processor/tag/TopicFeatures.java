package dev.akhbar.processor.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the topic classifier reads: the feature stems of a text's words, function words and
 * news boilerplate left out, digits and single letters too. Training and tagging use this one
 * class, so that the model and the text always agree.
 */
final class TopicFeatures {

  private final Lexicon lexicon;

  TopicFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<String> of(ProjectedText text) {
    List<String> out = new ArrayList<>(text.tokenCount());
    char[] chars = text.chars();
    for (int t = 0; t < text.tokenCount(); t++) {
      if (text.tokenLength(t) < 2 || !Character.isLetter(chars[text.start(t)])) {
        continue;
      }
      WordClass wordClass = lexicon.words.find(text, t);
      if (wordClass == WordClass.STOP || wordClass == WordClass.GENERIC) {
        continue;
      }
      out.add(LightStemmer.featureStem(chars, text.start(t), text.end(t)));
    }
    return out;
  }
}
