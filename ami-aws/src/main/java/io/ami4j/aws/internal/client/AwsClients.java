package io.ami4j.aws.internal.client;

import io.ami4j.model.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/** The EC2, SSM, STS and KMS clients of one provider, one per region each, all with the same settings (EC2 may have its own endpoint). */
public final class AwsClients implements SdkAutoCloseable {
  private final RegionalClients<Ec2Client> ec2;
  private final RegionalClients<SsmClient> ssm;
  private final RegionalClients<StsClient> sts;
  private final RegionalClients<KmsClient> kms;

  /**
   * Creates the holder; no client is made before it is used.
   *
   * @param settings the settings of every client
   */
  public AwsClients(ClientSettings settings) {
    this.ec2 = new RegionalClients<>("EC2", r -> settings.applyToEc2(Ec2Client.builder(), sdkRegion(r)).build());
    this.ssm = new RegionalClients<>("SSM", r -> settings.applyTo(SsmClient.builder(), sdkRegion(r)).build());
    this.sts = new RegionalClients<>("STS", r -> settings.applyTo(StsClient.builder(), sdkRegion(r)).build());
    this.kms = new RegionalClients<>("KMS", r -> settings.applyTo(KmsClient.builder(), sdkRegion(r)).build());
  }

  /**
   * The SDK's region for an ami4j region.
   *
   * @param region the region
   * @return the SDK's
   */
  public static software.amazon.awssdk.regions.Region sdkRegion(Region region) {
    return software.amazon.awssdk.regions.Region.of(region.name());
  }

  /**
   * The EC2 client of a region.
   *
   * @param region the region
   * @return the client
   */
  public Ec2Client ec2(Region region) {
    return ec2.in(region);
  }

  /**
   * The SSM client of a region.
   *
   * @param region the region
   * @return the client
   */
  public SsmClient ssm(Region region) {
    return ssm.in(region);
  }

  /**
   * The STS client of a region.
   *
   * @param region the region
   * @return the client
   */
  public StsClient sts(Region region) {
    return sts.in(region);
  }

  /**
   * The KMS client of a region.
   *
   * @param region the region
   * @return the client
   */
  public KmsClient kms(Region region) {
    return kms.in(region);
  }

  /** The clients made so far, per service, for diagnostics. */
  @Override
  public String toString() {
    return "AwsClients[ec2=" + ec2.regions() + ", ssm=" + ssm.regions() + ", sts=" + sts.regions() + ", kms=" + kms.regions() + "]";
  }

  @Override
  public void close() {
    ec2.close();
    ssm.close();
    sts.close();
    kms.close();
  }
}
