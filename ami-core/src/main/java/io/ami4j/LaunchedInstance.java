package io.ami4j;

import io.ami4j.model.Instance;
import java.util.Objects;
import java.util.Optional;

/**
 * A running instance and how to connect to it: address, key pair, and the login user of its
 * image's operating system as a ready SSH (or, for Windows, RDP) hint.
 *
 * <pre>{@code
 * LaunchedInstance web = amis.launch(id).instanceType("t3.micro").keyName("ops").submit().await().get(0);
 * System.out.println(web.connectionHint());   // ssh -i ops.pem ec2-user@ec2-3-80-1-2.compute-1.amazonaws.com
 * }</pre>
 */
public final class LaunchedInstance {
  /** How to connect. */
  public enum Protocol {
    /** SSH, port 22. */
    SSH,
    /** Remote Desktop, port 3389. */
    RDP
  }

  private final Instance instance;
  private final String loginUser;
  private final Protocol protocol;

  private LaunchedInstance(Instance instance, String loginUser, Protocol protocol) {
    this.instance = Objects.requireNonNull(instance, "instance");
    this.loginUser = Objects.requireNonNull(loginUser, "loginUser");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
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
    return new LaunchedInstance(instance, loginUser, protocol);
  }

  /** The instance as EC2 described it when it was running. */
  public Instance instance() {
    return instance;
  }

  /** The login user of the image's OS: {@code ec2-user}, {@code ubuntu}, {@code Administrator}, … */
  public String loginUser() {
    return loginUser;
  }

  /** SSH, or RDP for Windows. */
  public Protocol protocol() {
    return protocol;
  }

  /** The address to connect to: public DNS, public IP, private DNS or private IP, first present. */
  public Optional<String> host() {
    return instance.publicDnsName().filter(s -> !s.isEmpty())
        .or(() -> instance.publicIpAddress())
        .or(() -> instance.privateDnsName().filter(s -> !s.isEmpty()))
        .or(() -> instance.privateIpAddress());
  }

  /** The key pair's name. */
  public Optional<String> keyName() {
    return instance.keyName();
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
    if (protocol == Protocol.RDP) {
      return "RDP to " + host + ":3389 as " + loginUser
          + (key == null ? "" : " (password: aws ec2 get-password-data --instance-id " + instance.id().value()
              + " --priv-launch-key " + key + ")");
    }
    return "ssh " + (key == null ? "" : "-i " + key + " ") + loginUser + "@" + host;
  }

  @Override
  public String toString() {
    return instance.id() + " " + instance.state().wireValue() + ": " + connectionHint();
  }
}
