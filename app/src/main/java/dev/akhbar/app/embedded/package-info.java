/**
 * Dev mode: the whole pipeline in one JVM on an embedded broker, for {@code akhbar demo} and {@code
 * akhbar run --embedded}.
 */
package dev.akhbar.app.embedded;
