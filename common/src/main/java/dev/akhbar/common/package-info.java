/**
 * The contract between akhbar's stages: record types, their JSON form, topic names, the article id
 * and the canonical URL. No stage logic lives here.
 */
package dev.akhbar.common;
