package io.ami4j.examples.readme;

import io.ami4j.AmiClient;
import io.ami4j.DeregistrationResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.AmiProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names README's statement blocks take as given, the way the prose around them introduces
 * them ("{@code amis}" is a client, "{@code golden}" the image made above). Blocks are compiled,
 * not run: the values here are never read.
 */
@SuppressWarnings("unused")
public abstract class ReadmeContext {
  protected final Logger log = LoggerFactory.getLogger("readme");
  protected final Logger audit = LoggerFactory.getLogger("audit");
  protected AmiProvider provider;
  protected MeterRegistry meterRegistry;
  protected AccountId prod;
  protected AccountId dev;
  protected AmiClient prodClient;
  protected AmiClient devClient;
  protected OrganizationArn orgArn;
  protected OrganizationalUnitArn ouArn;
  protected ImageId id;
  protected Instance instance;
  protected AccountId partner;
  protected SnapshotId snapA;
  protected SnapshotId snapB;
  protected String code;
  protected DeregistrationResult report;
  protected AmiClient amis;
  protected Image golden;
  protected Image old;
  protected Image image;
  protected ImageId oldId;
  protected ImageId idA;
  protected ImageId idB;
  protected ImageId idC;
  protected InstanceId instanceId;
  protected Region home;
}
