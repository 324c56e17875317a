package dev.akhbar.common.record;

import java.util.List;

/** What the tagger found in an article. {@code dateline} is null when the story has none. */
public record Tags(
    List<EntityMention> entities,
    List<TopicTag> topics,
    List<Keyword> keywords,
    Dateline dateline) {

  public Tags {
    entities = entities == null ? List.of() : List.copyOf(entities);
    topics = topics == null ? List.of() : List.copyOf(topics);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  public static Tags none() {
    return new Tags(List.of(), List.of(), List.of(), null);
  }
}
