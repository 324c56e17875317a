/**
 * A seeded generator of realistic Arabic raw articles, in the backfill format (JSON Lines), for
 * benchmarks, load and chaos runs: originals, exact and near copies, unchanged and changed
 * refetches, in proportions that make every stage of the pipeline work. Originals are as distinct
 * as real news (two of the same topic share few word 3-shingles), so that only copies are near.
 */
package dev.akhbar.samplesite.generator;
