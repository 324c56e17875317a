/**
 * What the processor's steps hand to each other inside the topology: the {@link
 * dev.akhbar.processor.flow.Emission} that the topology routes to a topic, and where an input
 * record came from. Internal: not API.
 */
package dev.akhbar.processor.flow;
