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
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CreateImage and RegisterImage take no client token. When an attempt's answer is lost (a
 * retryable failure) but EC2 made the image, the retry meets {@code InvalidAMIName.Duplicate}:
 * this resolves that to the image the lost attempt made — the account's own image of that name
 * made from the same source — instead of failing or making a second one.
 */
public final class IdempotentImageCall {
  /** EC2's code for a name already taken in the account and region. */
  public static final String DUPLICATE = "InvalidAMIName.Duplicate";
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
   * @param sameRequest whether an existing image of that name is the one this request made
   * @param call the provider call
   * @return the new image's id
   */
  public static CompletableFuture<ImageId> run(Engine engine, Region region, Ec2Action action, Instant deadline,
      String name, Predicate<Image> sameRequest, Function<Call, ImageId> call) {
    AtomicBoolean answerLost = new AtomicBoolean();
    CompletableFuture<ImageId> first = engine.runner().call(region, action, deadline, c -> {
      try {
        return call.apply(c);
      } catch (AmiException e) {
        if (e.retryable()) {
          answerLost.set(true);
        }
        throw e;
      }
    });
    return CallRunner.cancelling(first, first.exceptionallyCompose(failure -> {
      Throwable t = CallRunner.unwrap(failure);
      if (t instanceof AmiConflictException && DUPLICATE.equals(((AmiException) t).errorCode()) && answerLost.get()) {
        return findOwn(engine, region, deadline, name, sameRequest, (AmiException) t);
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
          for (Image i : page.items()) {
            if (i.name().equals(name) && sameRequest.test(i)) {
              LOG.info("{}: an earlier attempt's answer was lost; it made {} — using it", name, i.id());
              return CompletableFuture.completedFuture(i.id());
            }
          }
          return CompletableFuture.failedFuture(new AmiConflictException(DUPLICATE, "An image named '" + name
              + "' already exists in " + region + " and was not made by this request: choose another name",
              duplicate.requestId().orElse(null), duplicate));
        });
  }
}
