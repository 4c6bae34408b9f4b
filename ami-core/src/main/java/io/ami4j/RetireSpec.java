package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.DryRuns;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Retires (or revives) an image: deprecation, deregistration protection, disabling, and
 * restoring from the Recycle Bin. Steps run in the order given, one call each.
 *
 * <pre>{@code
 * amis.retire(id).deprecateAt(Instant.parse("2027-01-01T00:00:00Z")).protect(true).apply();
 * amis.retire(id).unprotect().disable().apply();
 * amis.retire(id).restoreFromRecycleBin().enable().apply();
 * }</pre>
 */
public final class RetireSpec {
  private final Engine engine;
  private final ImageId image;
  private final List<Step> steps = new ArrayList<>();
  private Region region;

  RetireSpec(Engine engine, ImageId image) {
    this.engine = engine;
    this.image = image;
    this.region = engine.defaultRegion();
  }

  /**
   * The image's region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public RetireSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * Deprecates the image at a time (EC2 rounds it down to the minute).
   *
   * @param at not in the past, at most 10 years ahead
   * @return this spec
   */
  public RetireSpec deprecateAt(Instant at) {
    Check.notNull("deprecateAt", at);
    Instant now = engine.clock().instant().truncatedTo(ChronoUnit.MINUTES);
    Instant rounded = at.truncatedTo(ChronoUnit.MINUTES);
    Check.that(!rounded.isBefore(now), "deprecateAt", at, "must not be in the past");
    Check.that(!rounded.isAfter(engine.clock().instant().plus(Duration.ofDays(3652))), "deprecateAt", at,
        "must be at most 10 years ahead");
    steps.add(new Step(Ec2Action.ENABLE_IMAGE_DEPRECATION, c -> engine.provider().enableImageDeprecation(c, image, rounded)));
    return this;
  }

  /**
   * Cancels a deprecation.
   *
   * @return this spec
   */
  public RetireSpec undeprecate() {
    steps.add(new Step(Ec2Action.DISABLE_IMAGE_DEPRECATION, c -> engine.provider().disableImageDeprecation(c, image)));
    return this;
  }

  /**
   * Turns deregistration protection on.
   *
   * @param withCooldown whether turning it off later takes effect only after 24 hours
   * @return this spec
   */
  public RetireSpec protect(boolean withCooldown) {
    steps.add(new Step(Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION,
        c -> engine.provider().enableDeregistrationProtection(c, image, withCooldown)));
    return this;
  }

  /**
   * Turns deregistration protection off.
   *
   * @return this spec
   */
  public RetireSpec unprotect() {
    steps.add(new Step(Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION,
        c -> engine.provider().disableDeregistrationProtection(c, image)));
    return this;
  }

  /**
   * Disables the image: not launchable, not listed, every launch permission removed.
   *
   * @return this spec
   */
  public RetireSpec disable() {
    steps.add(new Step(Ec2Action.DISABLE_IMAGE, c -> engine.provider().disableImage(c, image)));
    return this;
  }

  /**
   * Enables a disabled image.
   *
   * @return this spec
   */
  public RetireSpec enable() {
    steps.add(new Step(Ec2Action.ENABLE_IMAGE, c -> engine.provider().enableImage(c, image)));
    return this;
  }

  /**
   * Restores a deregistered image from the Recycle Bin.
   *
   * @return this spec
   */
  public RetireSpec restoreFromRecycleBin() {
    steps.add(new Step(Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN,
        c -> engine.provider().restoreImageFromRecycleBin(c, image)));
    return this;
  }

  private void requireSteps() {
    Check.that(!steps.isEmpty(), "retire", image, "must name at least one step, e.g. deprecateAt(…) or protect(…)");
  }

  /**
   * Runs the steps in order; stops at the first failure.
   *
   * @return the image and the actions run on it
   */
  public RetireResult apply() {
    requireSteps();
    RetireResult.Builder done = RetireResult.builder().image(image);
    for (Step s : steps) {
      engine.runner().callNow(region, s.action, c -> {
        s.call.accept(c);
        return null;
      });
      done.addActions(s.action);
    }
    return done.build();
  }

  /**
   * Asks the backend whether each step would be allowed; changes nothing.
   *
   * @return the first refusal, or allowed
   */
  public DryRunResult dryRun() {
    requireSteps();
    List<CompletableFuture<DryRunResult>> runs = new ArrayList<>();
    for (Step s : steps) {
      runs.add(engine.runner().dryRun(region, s.action, s.call));
    }
    return DryRuns.combine(engine.runner(), runs);
  }

  private static final class Step {
    final Ec2Action action;
    final Consumer<Call> call;

    Step(Ec2Action action, Consumer<Call> call) {
      this.action = action;
      this.call = call;
    }
  }
}
