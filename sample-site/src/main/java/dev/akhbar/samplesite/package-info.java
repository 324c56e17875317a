/**
 * The bundled sample news site: fictional Arabic outlets, each served by its own HTTP server on
 * 127.0.0.1, with the manifest that says what every page is and what the pipeline should make of
 * it. The demo scrapes it; integration tests assert against it. Start with {@link
 * dev.akhbar.samplesite.SampleSite}.
 */
package dev.akhbar.samplesite;
