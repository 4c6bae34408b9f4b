/**
 * The stand-alone fake EC2: {@code java -jar ami4j-fake-ec2.jar --port 0} serves an in-memory
 * world on the real clock, with short pending times and optional faults, until SIGTERM.
 * {@link io.ami4j.testkit.server.FakeEc2ServerMain} is the entry point; {@code --help} lists
 * every option.
 */
package io.ami4j.testkit.server;
