/**
 * Metrics and observations of ami4j's calls and waits with Micrometer: {@link io.ami4j.micrometer.AmiMetrics}.
 */
package io.ami4j.micrometer;
