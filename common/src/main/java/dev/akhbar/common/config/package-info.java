/**
 * akhbar's configuration: one YAML file, then environment variables ({@code AKHBAR_SECTION_KEY}),
 * then command-line flags, in that order of precedence, resolved against a {@link
 * dev.akhbar.common.config.ConfigSchema} of typed keys into an immutable {@link
 * dev.akhbar.common.config.EffectiveConfig}. Every mistake is reported with the key's path and
 * where the value came from; nothing is half-applied.
 */
package dev.akhbar.common.config;
