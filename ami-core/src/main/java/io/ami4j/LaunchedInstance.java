package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.Architecture;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A running instance and how to connect to it: its id, state and addresses, its key pair, and the
 * login user of its image's operating system as a ready SSH (or, for Windows, RDP) hint. The
 * common fields of the {@link #instance() instance} are read directly.
 *
 * <pre>{@code
 * LaunchedInstance web = amis.launch(id).instanceType("t3.micro").keyName("ops").submit().await().get(0);
 * InstanceId id = web.id();
 * System.out.println(web.connectionHint());   // ssh -i ops.pem ec2-user@ec2-3-80-1-2.compute-1.amazonaws.com
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()} or {@link #of(Instance, String, Protocol)}.
 */
@AmiStyle
@Value.Immutable
public abstract class LaunchedInstance {
  /** How to connect. */
  public enum Protocol {
    /** SSH, port 22. */
    SSH,
    /** Remote Desktop, port 3389. */
    RDP
  }

  /**
   * Makes the view.
   *
   * @param instance the instance
   * @param loginUser the OS's login user, e.g. {@code ec2-user}
   * @param protocol how to connect
   * @return the view
   */
  public static LaunchedInstance of(Instance instance, String loginUser, Protocol protocol) {
    return builder().instance(instance).loginUser(loginUser).protocol(protocol).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LaunchedInstance}. */
  public static final class Builder extends ImmutableLaunchedInstance.Builder {}

  /** The instance as EC2 described it when it was running. */
  public abstract Instance instance();

  /** The login user of the image's OS: {@code ec2-user}, {@code ubuntu}, {@code Administrator}, … */
  public abstract String loginUser();

  /** SSH, or RDP for Windows. */
  public abstract Protocol protocol();

  /** The instance's id. */
  public InstanceId id() {
    return instance().id();
  }

  /** The instance's state when it was described ({@code running} once the launch is awaited). */
  public InstanceState state() {
    return instance().state();
  }

  /** The image it was launched from. */
  public ImageId imageId() {
    return instance().imageId();
  }

  /** The instance type, e.g. {@code t3.micro}. */
  public String instanceType() {
    return instance().instanceType();
  }

  /** When it was launched. */
  public Instant launchTime() {
    return instance().launchTime();
  }

  /** The architecture. */
  public Optional<Architecture> architecture() {
    return instance().architecture();
  }

  /** The private IPv4 address. */
  public Optional<String> privateIpAddress() {
    return instance().privateIpAddress();
  }

  /** The private DNS name. */
  public Optional<String> privateDnsName() {
    return instance().privateDnsName().filter(s -> !s.isEmpty());
  }

  /** The public IPv4 address, when it has one. */
  public Optional<String> publicIpAddress() {
    return instance().publicIpAddress();
  }

  /** The public DNS name, when it has one. */
  public Optional<String> publicDnsName() {
    return instance().publicDnsName().filter(s -> !s.isEmpty());
  }

  /** The subnet. */
  public Optional<String> subnetId() {
    return instance().subnetId();
  }

  /** The security group ids. */
  public List<String> securityGroupIds() {
    return instance().securityGroupIds();
  }

  /** The instance's tags when it was described. */
  public Map<String, String> tags() {
    return instance().tags();
  }

  /** The address to connect to: public DNS, public IP, private DNS or private IP, first present. */
  public Optional<String> host() {
    return publicDnsName().or(this::publicIpAddress).or(this::privateDnsName).or(this::privateIpAddress);
  }

  /** The key pair's name. */
  public Optional<String> keyName() {
    return instance().keyName();
  }

  /**
   * A ready command or instruction, e.g. {@code ssh -i ops.pem ec2-user@HOST}, or for Windows
   * {@code RDP to HOST:3389 as Administrator (password: aws ec2 get-password-data …)}.
   *
   * @return the hint
   */
  public String connectionHint() {
    String host = host().orElse("<no address yet>");
    String key = keyName().map(k -> k + ".pem").orElse(null);
    if (protocol() == Protocol.RDP) {
      return "RDP to " + host + ":3389 as " + loginUser()
          + (key == null ? "" : " (password: aws ec2 get-password-data --instance-id " + id().value()
              + " --priv-launch-key " + key + ")");
    }
    return "ssh " + (key == null ? "" : "-i " + key + " ") + loginUser() + "@" + host;
  }

  @Override
  public String toString() {
    return id() + " " + state().wireValue() + ": " + connectionHint();
  }
}
