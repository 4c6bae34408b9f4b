/**
 * What a provider implements: {@link io.ami4j.spi.AmiProvider}, one method per remote call, in
 * capabilities ({@link io.ami4j.spi.ImageCalls}, {@link io.ami4j.spi.SharingCalls}, …), each
 * method marked with its action ({@link io.ami4j.spi.Ec2Call}); the one way to watch or change
 * calls from outside, {@link io.ami4j.spi.CallInterceptor} run by a {@link io.ami4j.spi.CallChain}; and
 * {@link io.ami4j.spi.AmiProviderFactory} for discovery by id through {@link java.util.ServiceLoader}.
 * Also the table of EC2's rate limits ({@link io.ami4j.spi.RateLimits}) that the engine paces
 * itself by and the fake throttles by, and the mapping of EC2's error codes ({@link io.ami4j.spi.Ec2Errors}).
 */
@AmiStyle
package io.ami4j.spi;

import io.ami4j.internal.value.AmiStyle;
