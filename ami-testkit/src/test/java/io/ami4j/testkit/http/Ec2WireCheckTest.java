package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire check itself: it must catch names and nesting the EC2 model does not have. */
class Ec2WireCheckTest {
  private static final String NS = "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"";
  private final Ec2WireCheck check = Ec2WireCheck.load();

  @Test
  void acceptsAnswersShapedLikeTheModel() {
    String xml = "<DescribeImagesResponse " + NS + "><requestId>r</requestId><imagesSet><item>"
        + "<imageId>ami-12345678</imageId><imageOwnerId>000000000000</imageOwnerId>"
        + "<tagSet><item><key>k</key><value>v</value></item></tagSet></item></imagesSet></DescribeImagesResponse>";
    assertThat(check.answerViolations("DescribeImages", xml)).isEmpty();
  }

  @Test
  void flagsAnElementTheModelDoesNotHave() {
    String xml = "<DescribeImagesResponse " + NS + "><requestId>r</requestId><imagesSet><item>"
        + "<ownerId>000000000000</ownerId></item></imagesSet></DescribeImagesResponse>";
    assertThat(check.answerViolations("DescribeImages", xml))
        .containsExactly("DescribeImages: DescribeImagesResponse/imagesSet/item/ownerId is not a member of Image");
  }

  @Test
  void flagsWrongNestingAndListItems() {
    String misplaced = "<DescribeImagesResponse " + NS + "><requestId>r</requestId>"
        + "<imageId>ami-12345678</imageId></DescribeImagesResponse>";
    String badItem = "<DescribeImagesResponse " + NS + "><requestId>r</requestId><imagesSet><member>"
        + "<imageId>ami-12345678</imageId></member></imagesSet></DescribeImagesResponse>";
    assertThat(check.answerViolations("DescribeImages", misplaced)).hasSize(1);
    assertThat(check.answerViolations("DescribeImages", badItem)).hasSize(1);
  }

  @Test
  void flagsAMissingNamespaceAndAnswersOfActionsWithoutOutput() {
    assertThat(check.answerViolations("DescribeImages",
        "<DescribeImagesResponse><requestId>r</requestId></DescribeImagesResponse>")).hasSize(1);
    assertThat(check.answerViolations("CreateTags",
        "<CreateTagsResponse " + NS + "><requestId>r</requestId><return>true</return></CreateTagsResponse>"))
        .hasSize(1);
  }

  @Test
  void checksRequestParametersAgainstTheInputShape() {
    assertThat(check.requestViolations("DescribeImages",
        List.of("Action", "Owner.1", "Filter.2.Name", "Filter.2.Value.3", "MaxResults", "DryRun"))).isEmpty();
    assertThat(check.requestViolations("ModifyImageAttribute",
        List.of("LaunchPermission.Add.1.UserId", "Description.Value"))).isEmpty();
    assertThat(check.requestViolations("CreateImage",
        List.of("TagSpecification.1.Tag.2.Key", "BlockDeviceMapping.1.Ebs.SnapshotId"))).isEmpty();
    assertThat(check.requestViolations("DescribeImages", List.of("Owners.1", "Filter.Name", "ImageId")))
        .hasSize(3);
  }
}
