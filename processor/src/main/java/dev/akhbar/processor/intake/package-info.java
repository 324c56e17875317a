/**
 * The first step of the topology: read a raw record strictly, normalize it, set aside what must not
 * be deduplicated (too short, not Arabic by policy) and fingerprint the rest. Anything unreadable
 * becomes a dead letter. Stateless.
 */
package dev.akhbar.processor.intake;
