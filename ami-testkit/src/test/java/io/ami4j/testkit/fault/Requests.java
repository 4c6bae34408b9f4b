package io.ami4j.testkit.fault;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;

/** Small valid requests for the decorator's tests. */
final class Requests {
  static final Region US_EAST_1 = Region.of("us-east-1");
  static final Region EU_WEST_1 = Region.of("eu-west-1");
  static final Call CALL = Call.in(US_EAST_1);
  static final ImageId IMAGE = ImageId.of("ami-0123456789abcdef0");
  static final SnapshotId SNAPSHOT = SnapshotId.of("snap-0123456789abcdef0");
  static final InstanceId INSTANCE = InstanceId.of("i-0123456789abcdef0");

  private Requests() {}

  static CreateImageRequest create() {
    return CreateImageRequest.builder().instanceId(INSTANCE).name("web-1").build();
  }

  static RegisterImageRequest register() {
    return RegisterImageRequest.builder().name("registered-1").rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(SNAPSHOT).build()))
        .build();
  }

  static CopyImageRequest copy() {
    return CopyImageRequest.builder().sourceImageId(IMAGE).sourceRegion(EU_WEST_1).name("copy-1").build();
  }

  static RunInstancesRequest run(ImageId image) {
    return RunInstancesRequest.builder().imageId(image).instanceType("t3.micro").build();
  }
}
