/**
 * Faults on demand for any {@link io.ami4j.spi.AmiProvider}: a decorator,
 * {@link io.ami4j.testkit.fault.FaultingProvider}, that throttles by EC2's own token buckets,
 * answers scripted or seeded-random errors, hides just-created images for a while as EC2's
 * eventual consistency does, loses answers of applied calls, and counts all of it in
 * {@link io.ami4j.testkit.fault.FaultStats}. Configured by a {@link io.ami4j.testkit.fault.FaultPlan}.
 */
package io.ami4j.testkit.fault;
