/**
 * Time of the engine: the one place threads are made (for a client that is given no scheduler or
 * blocking executor) and the one way a thread waits for the engine's work (on the client's clock,
 * virtual or real).
 */
package io.ami4j.internal.time;
