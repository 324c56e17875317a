package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.Tags;
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
public final class Tagger {

  static final int TITLE = 0;
  static final int BODY = 1;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final EntityFinder entities;
  private final TopicAssigner topics;
  private final KeywordExtractor keywords;
  private final DatelineFinder datelines;

  private Tagger(Gazetteer gazetteer, Lexicon lexicon, TopicAssigner topics) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.entities = new EntityFinder(gazetteer, lexicon);
    this.topics = topics;
    this.keywords = new KeywordExtractor(lexicon);
    this.datelines = new DatelineFinder(gazetteer);
  }

  /** Loads the gazetteers, word lists and topic model from the class path. */
  public static Tagger load() {
    Gazetteer gazetteer = Gazetteer.load();
    Lexicon lexicon = Lexicon.load();
    return new Tagger(gazetteer, lexicon, TopicAssigner.load(lexicon));
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
    List<Mention> mentions = entities.find(parts);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(toEntity(parts.get(m.part()), m, m.part() == TITLE ? Field.TITLE : Field.BODY));
    }
    return new Tags(
        out,
        topics.assign(parts, section, url, sourceId),
        keywords.extract(parts, mentions),
        datelines.find(body).orElse(null));
  }

  /** Normalizes a raw article's title and body, then tags it as {@link #tag} does. */
  public Tags tag(RawArticle raw) {
    if (raw == null) {
      throw new IllegalArgumentException("raw must not be null");
    }
    Normalizer normalizer = Normalizer.defaults();
    Normalized title = normalizer.normalize(nullToEmpty(raw.title()));
    Normalized body = normalizer.normalize(nullToEmpty(raw.body()));
    return tag(
        new NormalizedText(title.display(), title.match(), body.display(), body.match()),
        raw.section(),
        raw.url(),
        raw.sourceId());
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
    List<ProjectedText> parts = List.of(projected);
    List<Mention> mentions = entities.find(parts);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(toEntity(projected, m, null));
    }
    return new Tags(
        out,
        topics.assign(parts, null, null, null),
        keywords.extract(parts, mentions),
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
        + lexicon.nisbas.size();
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
