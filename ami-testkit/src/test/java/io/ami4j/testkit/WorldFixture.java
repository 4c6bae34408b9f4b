package io.ami4j.testkit;

import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Instance;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.util.List;
import java.util.Map;

/** A fresh world per test, with the steps most tests share. */
abstract class WorldFixture {
  static final Region US_EAST_1 = Region.of("us-east-1");
  static final Region EU_WEST_1 = Region.of("eu-west-1");
  static final AccountId ACCOUNT_B = AccountId.of("222222222222");
  static final AccountId ACCOUNT_C = AccountId.of("333333333333");

  final FakeEc2 world = FakeEc2.create();
  final AmiProvider ec2 = world.provider();
  final Call east = Call.in(US_EAST_1);
  final Call west = Call.in(EU_WEST_1);

  /** The newest Amazon Linux 2023 x86_64 image, found as users should: through SSM. */
  ImageId al2023() {
    return ImageId.of(ec2.getParameter(east,
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value());
  }

  /** An instance of the default account, running. */
  Instance runningInstance() {
    Instance i = ec2.runInstances(east, RunInstancesRequest.builder().imageId(al2023())
        .instanceType("t3.micro").build()).get(0);
    world.clock().advance(world.timing().instancePending());
    return i;
  }

  /** An available image of the default account, created from a running instance. */
  ImageId ownImage(String name) {
    return ownImage(name, Map.of());
  }

  ImageId ownImage(String name, Map<String, String> tags) {
    Instance i = runningInstance();
    ImageId id = ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name(name)
        .putAllImageTags(tags).build());
    world.clock().advance(world.timing().createImage());
    return id;
  }

  Image describe(AmiProvider provider, Call call, ImageId id) {
    return provider.describeImages(call, ImageQuery.byIds(List.of(id)), PageRequest.first()).items().get(0);
  }

  Image describe(ImageId id) {
    return describe(ec2, east, id);
  }

  List<Image> list(AmiProvider provider, Call call, ImageQuery query) {
    return provider.describeImages(call, query, PageRequest.first()).items();
  }

  List<Image> mine() {
    return list(ec2, east, ImageQuery.builder().addOwners(Owner.SELF).build());
  }
}
