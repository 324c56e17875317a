/**
 * The Arabic text library: the display and match forms of a text with the map between them, the
 * tokenizer and language identification. Pure Java, no Kafka or JDBC.
 */
package dev.akhbar.text;
