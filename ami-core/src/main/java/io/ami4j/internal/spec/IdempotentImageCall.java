package io.ami4j.internal.spec;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiException;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CreateImage and RegisterImage take no client token. When an attempt's answer is lost (a
 * retryable failure) but EC2 made the image, the retry meets {@code InvalidAMIName.Duplicate}:
 * this resolves that to the image the lost attempt made instead of failing or making a second one.
 *
 * <p>The rule of adoption: an image of that name is taken as this request's own only when this
 * request could have made it — the account's own image, made from the same source (the instance;
 * the root snapshot or manifest), and created no earlier than {@link #CLOCK_SKEW} before the first
 * attempt was sent (the tolerance covers a client clock ahead of EC2's). Adoption is logged at
 * INFO. Any other image of that name — an older one, or one from another source — is a real
 * conflict: {@link AmiConflictException} naming it.
 */
public final class IdempotentImageCall {
  /** EC2's code for a name already taken in the account and region. */
  public static final String DUPLICATE = "InvalidAMIName.Duplicate";
  /**
   * How much earlier than the first attempt, by this client's clock, an adopted image may have been
   * created: room for a client clock that runs ahead of EC2's.
   */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(IdempotentImageCall.class);

  private IdempotentImageCall() {}

  /**
   * Runs a CreateImage or RegisterImage call.
   *
   * @param engine the engine
   * @param region the region
   * @param action {@link Ec2Action#CREATE_IMAGE} or {@link Ec2Action#REGISTER_IMAGE}
   * @param deadline the operation's deadline
   * @param name the image name asked for
   * @param sameRequest whether an existing image of that name comes from this request's source (the
   *     creation time is checked here)
   * @param call the provider call
   * @return the new image's id
   */
  public static CompletableFuture<ImageId> run(Engine engine, Region region, Ec2Action action, Instant deadline,
      String name, Predicate<Image> sameRequest, Function<Call, ImageId> call) {
    LostAnswer lost = new LostAnswer();
    AtomicReference<Instant> firstSent = new AtomicReference<>();
    Function<Call, ImageId> noted = lost.noting(call);
    CompletableFuture<ImageId> first = engine.runner().call(region, action, deadline, c -> {
      firstSent.compareAndSet(null, engine.clock().instant());
      return noted.apply(c);
    });
    return CallRunner.cancelling(first, first.exceptionallyCompose(failure -> {
      Throwable t = CallRunner.unwrap(failure);
      if (t instanceof AmiConflictException conflict && DUPLICATE.equals(conflict.errorCode())
          && lost.mayHaveBeenLost()) {
        Instant notBefore = firstSent.get().minus(CLOCK_SKEW);
        return findOwn(engine, region, deadline, name, sameRequest.and(i -> !i.creationDate().isBefore(notBefore)),
            (AmiException) t);
      }
      return CompletableFuture.failedFuture(t);
    }));
  }

  private static CompletableFuture<ImageId> findOwn(Engine engine, Region region, Instant deadline, String name,
      Predicate<Image> sameRequest, AmiException duplicate) {
    ImageQuery q = ImageQuery.builder().addOwners(Owner.SELF).name(name).includeDeprecated(true)
        .includeDisabled(true).build();
    return engine.runner().call(region, Ec2Action.DESCRIBE_IMAGES, deadline,
        c -> engine.provider().describeImages(c, q, PageRequest.first())).thenCompose(page -> {
          List<Image> holders = new ArrayList<>();
          for (Image i : page.complete("DescribeImages").items()) {
            if (!i.name().equals(name)) {
              continue;
            }
            if (sameRequest.test(i)) {
              LOG.info("{} in {}: an earlier attempt's answer was lost; adopting {} (same source, created {})",
                  name, region, i.id(), i.creationDate());
              return CompletableFuture.completedFuture(i.id());
            }
            holders.add(i);
          }
          String held = holders.isEmpty() ? "" : " as " + holders.stream()
              .map(i -> i.id() + " (created " + i.creationDate() + ")").collect(Collectors.joining(", "));
          return CompletableFuture.failedFuture(new AmiConflictException(DUPLICATE, "An image named '" + name
              + "' already exists in " + region + held + " and was not made by this request"
              + " (not from the same source, or created before this request was sent): choose another name",
              duplicate.requestId().orElse(null), duplicate));
        });
  }
}
