package dev.akhbar.processor.tag;

import dev.akhbar.common.record.Dateline;
import dev.akhbar.common.record.EntityType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a story (بنغازي - ، القاهرة: ، بيروت (رويترز) - ، الرباط، 3 مارس -): up
 * to {@value #MAX_PLACE_WORDS} words, an optional date after a comma, an optional agency in
 * parentheses, then a dash or a colon. It counts only when the words are a known place or an agency
 * is named, so that "قال الوزير:" is not a dateline. Its location is the place's canonical name,
 * the story's main location.
 */
final class DatelineFinder {

  /** The most words a dateline's place takes. */
  static final int MAX_PLACE_WORDS = 4;

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*((?:[\\p{IsArabic}\\p{Mn}]+\\s+){0,"
              + (MAX_PLACE_WORDS - 1)
              + "}[\\p{IsArabic}\\p{Mn}]+)"
              + "(\\s*[،,][^-–—:\\n()]{1,40}?)?"
              + "(\\s*\\([^)\\n]{1,40}\\))?"
              + "\\s*[-–—:]");

  private final Gazetteer gazetteer;

  DatelineFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Optional<Dateline> find(ProjectedText body) {
    String source = body.source();
    Matcher m = DATELINE.matcher(source);
    if (!m.find()) {
      return Optional.empty();
    }
    String place = m.group(1);
    String location = knownPlace(place);
    if (location == null && m.group(3) == null) {
      return Optional.empty();
    }
    int end = m.group(3) != null ? m.end(3) : m.end(1);
    String text = source.substring(m.start(1), end).strip();
    return Optional.of(new Dateline(text, location));
  }

  private String knownPlace(String place) {
    ProjectedText text = ProjectedText.of(place);
    if (text.tokenCount() == 0) {
      return null;
    }
    PhraseTable.Match<Sense[]> match = gazetteer.phrases().longestAt(text, 0, false);
    if (match == null || match.tokenCount() != text.tokenCount()) {
      return null;
    }
    for (Sense s : match.value()) {
      if (s.type() == EntityType.LOCATION) {
        return s.canonical();
      }
    }
    return null;
  }
}
