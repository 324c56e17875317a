package dev.akhbar.processor.tag;

import java.util.Optional;

/**
 * The topic taxonomy (IPTC-style, flattened to what analysts filter on), with slug codes and Arabic
 * and English labels. Codes are part of the contract: never rename one.
 */
public enum Topic {
  POLITICS("politics", "سياسة", "Politics"),
  ECONOMY("economy", "اقتصاد", "Economy"),
  SPORT("sport", "رياضة", "Sport"),
  CULTURE("culture", "ثقافة وفنون", "Culture"),
  SCIENCE_TECHNOLOGY("science-technology", "علوم وتكنولوجيا", "Science and technology"),
  HEALTH("health", "صحة", "Health"),
  RELIGION("religion", "دين", "Religion"),
  CRIME_JUSTICE("crime-justice", "جريمة وقضاء", "Crime and justice"),
  CONFLICT("conflict", "نزاعات وحروب", "Conflict"),
  DISASTER("disaster", "كوارث وحوادث", "Disasters and accidents"),
  ENVIRONMENT("environment", "بيئة", "Environment"),
  EDUCATION("education", "تعليم", "Education"),
  SOCIETY("society", "مجتمع", "Society"),
  WEATHER("weather", "طقس", "Weather");

  private final String code;
  private final String labelAr;
  private final String labelEn;

  Topic(String code, String labelAr, String labelEn) {
    this.code = code;
    this.labelAr = labelAr;
    this.labelEn = labelEn;
  }

  public String code() {
    return code;
  }

  public String labelAr() {
    return labelAr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The topic with slug {@code code}, if there is one. */
  public static Optional<Topic> fromCode(String code) {
    for (Topic topic : values()) {
      if (topic.code.equals(code)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }
}
