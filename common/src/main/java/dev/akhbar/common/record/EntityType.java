package dev.akhbar.common.record;

/** The kinds of named entity the tagger finds. */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION
}
