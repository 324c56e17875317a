/**
 * Fault-injection runs: the pipeline's processes killed with SIGKILL while they work, and the
 * verdict that every article is still accounted for exactly once ({@code scripts/chaos.sh}).
 */
package dev.akhbar.app.chaos;
