/**
 * A seeded generator of realistic Arabic raw articles, in the backfill format (JSON Lines), for
 * benchmarks, load and chaos runs: originals, exact and near copies, unchanged and changed
 * refetches, in proportions that make every stage of the pipeline work.
 */
package dev.akhbar.samplesite.generator;
