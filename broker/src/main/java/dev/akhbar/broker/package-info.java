/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) that runs inside
 * the JVM: dev mode ({@code --embedded}), {@code akhbar broker}, and the integration tests.
 */
package dev.akhbar.broker;
