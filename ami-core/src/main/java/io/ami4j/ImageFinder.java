package io.ami4j;

import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.OneImage;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Ec2Action;
import java.util.List;

/**
 * Finds images: by query, by id, Amazon Linux through its public SSM parameters; and awaits
 * images started earlier (even by another process) by their ids.
 *
 * <pre>{@code
 * Image al = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
 * Image one = amis.images().get(ImageId.of("ami-0123456789abcdef0"));
 * List<Image> ready = amis.images().awaitAvailable(List.of(id1, id2)).submit().await();
 * }</pre>
 */
public final class ImageFinder {
  private final Engine engine;
  private final Region region;

  ImageFinder(Engine engine, Region region) {
    this.engine = engine;
    this.region = region;
  }

  /**
   * The same finder in another region.
   *
   * @param region the region
   * @return a finder
   */
  public ImageFinder in(Region region) {
    return new ImageFinder(engine, Check.notNull("region", region));
  }

  /**
   * A query over every DescribeImages filter.
   *
   * <pre>{@code amis.images().query().ownedBy(Owner.SELF).tagged("env", "prod").stream().forEach(...); }</pre>
   *
   * @return the query
   */
  public ImageSearch query() {
    return new ImageSearch(engine, region);
  }

  /**
   * One image by id.
   *
   * @param id the id
   * @return the image
   * @throws AmiNotFoundException when it does not exist or is not visible to the account
   */
  public Image get(ImageId id) {
    Check.notNull("imageId", id);
    return engine.join(OneImage.describe(engine, region, id, engine.runner().callDeadline()));
  }

  /**
   * The newest Amazon Linux image of a release, through AWS's public SSM parameter
   * (e.g. {@code /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}).
   *
   * @param release the release
   * @param architecture {@link Architecture#X86_64} or {@link Architecture#ARM64}
   * @return the image
   * @throws AmiNotFoundException when the parameter or its image does not exist in the region
   */
  public Image amazonLinux(AmazonLinux release, Architecture architecture) {
    Check.notNull("release", release);
    String name = release.parameterName(Check.notNull("architecture", architecture));
    SsmParameter p = engine.runner().callNow(region, Ec2Action.GET_PARAMETER,
        c -> engine.provider().getParameter(c, name))
        .orElseThrow(() -> new AmiNotFoundException("ParameterNotFound",
            "The public parameter " + name + " does not exist in " + region, null));
    return get(ImageId.of(p.value()));
  }

  /**
   * Awaiting images started earlier (by this or another process) until all are available; one
   * DescribeImages call per poll round for up to 200 of them, however many are awaited.
   *
   * <pre>{@code List<Image> ready = amis.images().awaitAvailable(List.of(idA, idB)).submit().await(); }</pre>
   *
   * @param ids the images
   * @return the wait, started by {@link AwaitImagesSpec#submit()}
   */
  public AwaitImagesSpec awaitAvailable(List<ImageId> ids) {
    Check.notNull("imageIds", ids);
    Check.that(!ids.isEmpty(), "imageIds", ids, "must name at least one image");
    ids.forEach(i -> Check.notNull("imageId", i));
    return new AwaitImagesSpec(engine, region, List.copyOf(ids));
  }
}
