package dev.akhbar.processor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A near-duplicate test set: stories from {@link SyntheticNews} and, for most of them, copies as
 * outlets make them (another headline, a paragraph dropped or added, a signature line, other
 * spellings, paragraphs in another order, and combinations), among unrelated stories of the same
 * topics (the hard negatives). Seeded: the same seed gives the same set.
 */
public final class NearDuplicateSet {

  /** One document of the set; {@code story} is the index of the story it tells. */
  public record Doc(int id, int story, String edits, String title, String body) {}

  /** The kinds of edit a copy may get. */
  enum Edit {
    HEADLINE,
    DROP_PARAGRAPH,
    ADD_PARAGRAPH,
    BOILERPLATE,
    SPELLING,
    REORDER
  }

  private NearDuplicateSet() {}

  /**
   * {@code stories} stories, each with 0 to {@code maxCopies} copies; each copy gets a new headline
   * and one to three other edits.
   */
  public static List<Doc> generate(int stories, int maxCopies, long seed) {
    SyntheticNews news = new SyntheticNews(seed);
    Random random = news.random();
    List<Doc> docs = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      int topic = s % SyntheticNews.TOPICS.length;
      SyntheticNews.Story story = news.story(topic);
      docs.add(new Doc(docs.size(), s, "original", story.title(), story.body()));
      int copies = random.nextInt(maxCopies + 1);
      for (int c = 0; c < copies; c++) {
        List<String> paragraphs = new ArrayList<>(story.paragraphs());
        List<Edit> edits = new ArrayList<>(List.of(Edit.values()));
        edits.remove(Edit.HEADLINE);
        Collections.shuffle(edits, random);
        int n = 1 + random.nextInt(3);
        StringBuilder applied = new StringBuilder("headline");
        for (Edit edit : edits.subList(0, n)) {
          applied.append('+').append(edit.name().toLowerCase(java.util.Locale.ROOT));
          switch (edit) {
            case DROP_PARAGRAPH -> {
              if (paragraphs.size() > 2) {
                paragraphs.remove(random.nextInt(paragraphs.size()));
              }
            }
            case ADD_PARAGRAPH ->
                paragraphs.add(random.nextInt(paragraphs.size() + 1), news.paragraph(topic));
            case BOILERPLATE -> paragraphs.add(news.boilerplate());
            case SPELLING -> paragraphs.replaceAll(p -> news.respell(p, 0.1));
            case REORDER ->
                Collections.swap(paragraphs, 0, 1 + random.nextInt(paragraphs.size() - 1));
            case HEADLINE -> {
              // every copy has its own headline already
            }
          }
        }
        docs.add(
            new Doc(
                docs.size(),
                s,
                applied.toString(),
                news.headline(topic),
                String.join("\n\n", paragraphs)));
      }
    }
    return docs;
  }
}
