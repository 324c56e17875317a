/**
 * Not API: the transformations behind {@link dev.akhbar.text.Normalizer}, the buffer that carries
 * offsets through them, and the tables they share. Classes here may change without notice; other
 * modules call the {@code dev.akhbar.text} package only. Nothing here returns or accepts {@code
 * null} unless its Javadoc says so.
 */
package dev.akhbar.text.internal;
