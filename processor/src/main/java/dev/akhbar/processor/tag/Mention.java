package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;

/**
 * An entity mention chosen in one part of a document (title 0, body 1, or the one free text), with
 * its tokens and match-form offsets into that part.
 */
record Mention(
    int part,
    int firstToken,
    int lastToken,
    EntityType type,
    int matchStart,
    int matchEnd,
    String canonical,
    String countryCode) {}
