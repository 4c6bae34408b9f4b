package io.ami4j.examples.readme;

import io.ami4j.AmiClient;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
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
