package dev.akhbar.sink;

import java.util.List;

/**
 * What the store holds, for the demo summary and a quick look at a running pipeline.
 *
 * @param articles rows of articles, removed ones included
 * @param removed of those, how many are marked removed
 * @param topEntities the entities mentioned by the most articles (not removed), most first
 * @param topTopics the topics of the most articles (not removed), most first
 */
public record StoreSummary(
    long articles,
    long removed,
    long duplicates,
    long rejected,
    long deadLetters,
    List<EntityCount> topEntities,
    List<TopicCount> topTopics) {

  public StoreSummary {
    topEntities = List.copyOf(topEntities);
    topTopics = List.copyOf(topTopics);
  }

  /**
   * An entity and the number of articles that mention it.
   *
   * @param type PERSON, LOCATION or ORGANIZATION
   */
  public record EntityCount(String canonical, String type, long articles) {}

  /** A topic code and the number of articles tagged with it. */
  public record TopicCount(String code, long articles) {}
}
