package dev.akhbar.processor.tag;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.Tags;
import dev.akhbar.processor.ArticleTagger;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags an article: who, where, which organization (with canonical names and ISO country codes),
 * which topics, which keywords, and its dateline. Everything comes from resources in this jar:
 * gazetteers and word lists under {@code gazetteer/}, the topic model and section map under {@code
 * dev/akhbar/processor/tag/}. Load once with {@link #load()}; thread-safe after that.
 *
 * <p>Two entry points share one pipeline: {@link #tag(NormalizedText, String, String, String)} for
 * the processor (offsets into the display form of title and body) and {@link #tagText(String)} for
 * {@code akhbar tag} (offsets into the text exactly as given).
 */
public final class Tagger implements ArticleTagger {

  static final int TITLE = 0;
  static final int BODY = 1;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final EntityFinder entities;
  private final TopicAssigner topics;
  private final KeywordExtractor keywords;
  private final DatelineFinder datelines;

  private final WordMemo memo;

  private Tagger(Gazetteer gazetteer, Lexicon lexicon, TopicModel model, int memoWords) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.memo = new WordMemo(gazetteer, lexicon, model, memoWords);
    this.entities = new EntityFinder(gazetteer, lexicon, memo);
    this.topics = new TopicAssigner(model, SectionTopics.load());
    this.keywords = new KeywordExtractor();
    this.datelines = new DatelineFinder(gazetteer);
  }

  /** Loads the gazetteers, word lists and topic model from the class path. */
  public static Tagger load() {
    return load(WordMemo.DEFAULT_MAX_WORDS);
  }

  /**
   * As {@link #load()}, remembering the facts of at most {@code memoWords} distinct word forms
   * (default {@value WordMemo#DEFAULT_MAX_WORDS}; 0 turns the memo off).
   */
  public static Tagger load(int memoWords) {
    Lexicon lexicon = Lexicon.load();
    return new Tagger(Gazetteer.load(lexicon), lexicon, TopicModel.load(), memoWords);
  }

  /**
   * Tags a normalized article. Entity offsets are code points into the display form of the title or
   * the body, {@code field} saying which.
   *
   * @param section the outlet's own section (breadcrumb, JSON-LD articleSection), or null
   * @param url the article's URL, whose path often names the section, or null
   * @param sourceId the source's id, for its own section names, or null
   */
  public Tags tag(NormalizedText normalized, String section, String url, String sourceId) {
    if (normalized == null) {
      throw new IllegalArgumentException("normalized must not be null");
    }
    ProjectedText title = ProjectedText.of(nullToEmpty(normalized.titleDisplay()));
    ProjectedText body = ProjectedText.of(nullToEmpty(normalized.bodyDisplay()));
    List<ProjectedText> parts = List.of(title, body);
    List<TokenFacts> facts = entities.facts(parts);
    List<Mention> mentions = entities.find(facts);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(toEntity(parts.get(m.part()), m, m.part() == TITLE ? Field.TITLE : Field.BODY));
    }
    return new Tags(
        out,
        topics.assign(facts, section, url, sourceId),
        keywords.extract(facts, mentions),
        datelines.find(body).orElse(null));
  }

  /**
   * The topology's tagging step: tags the article's normalized title and body (normalizing them
   * here only when the record lacks them), with its section, URL and source.
   */
  @Override
  public Tags tag(Article article) {
    if (article == null) {
      throw new IllegalArgumentException("article must not be null");
    }
    NormalizedText normalized = article.normalized();
    if (normalized == null) {
      normalized = normalize(article.title(), article.body());
    }
    return tag(normalized, article.section(), article.url(), article.sourceId());
  }

  /** Normalizes a raw article's title and body, then tags it as {@link #tag} does. */
  public Tags tag(RawArticle raw) {
    if (raw == null) {
      throw new IllegalArgumentException("raw must not be null");
    }
    return tag(normalize(raw.title(), raw.body()), raw.section(), raw.url(), raw.sourceId());
  }

  private static NormalizedText normalize(String rawTitle, String rawBody) {
    Normalizer normalizer = Normalizer.defaults();
    Normalized title = normalizer.normalize(nullToEmpty(rawTitle));
    Normalized body = normalizer.normalize(nullToEmpty(rawBody));
    return new NormalizedText(title.display(), title.match(), body.display(), body.match());
  }

  /**
   * Tags one free text, as {@code akhbar tag} reads it from stdin: entity offsets are code points
   * into {@code text} exactly as given, and {@code field} is null.
   */
  public Tags tagText(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    ProjectedText projected = ProjectedText.of(text);
    List<TokenFacts> facts = entities.facts(List.of(projected));
    List<Mention> mentions = entities.find(facts);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(toEntity(projected, m, null));
    }
    return new Tags(
        out,
        topics.assign(facts, null, null, null),
        keywords.extract(facts, mentions),
        datelines.find(projected).orElse(null));
  }

  /** How many entities and spellings the gazetteer holds, for reports. */
  public String describe() {
    return "gazetteer entities="
        + gazetteer.entityCount()
        + " spellings="
        + gazetteer.spellingCount()
        + " first names="
        + lexicon.firstNames.size()
        + " common words="
        + lexicon.words.size()
        + " nisba forms="
        + lexicon.nisbas.size()
        + " remembered word forms="
        + memo.size();
  }

  private static EntityMention toEntity(ProjectedText text, Mention m, Field field) {
    return new EntityMention(
        m.type(),
        text.sourceText(m.matchStart(), m.matchEnd()),
        field,
        text.sourceStart(m.matchStart()),
        text.sourceEnd(m.matchEnd()),
        m.canonical(),
        m.countryCode());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
