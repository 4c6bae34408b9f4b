package io.ami4j.internal.spec;

import io.ami4j.model.Image;
import java.util.Locale;

/**
 * The default login user of an image's operating system, as the distributions publish it, read
 * from the image's platform, name and description.
 */
public final class LoginUsers {
  /** Windows' administrator account (over RDP). */
  public static final String WINDOWS = "Administrator";

  private LoginUsers() {}

  /**
   * The login user.
   *
   * @param image the image
   * @return e.g. {@code ec2-user}, {@code ubuntu}, {@code Administrator}
   */
  public static String of(Image image) {
    if (image.isWindows()) {
      return WINDOWS;
    }
    String text = (image.name() + " " + image.description().orElse("") + " "
        + image.platformDetails().orElse("")).toLowerCase(Locale.ROOT);
    if (text.contains("ubuntu")) {
      return "ubuntu";
    }
    if (text.contains("debian")) {
      return "admin";
    }
    if (text.contains("centos")) {
      return "centos";
    }
    if (text.contains("fedora")) {
      return "fedora";
    }
    if (text.contains("bitnami")) {
      return "bitnami";
    }
    // Amazon Linux, RHEL, SUSE and most others.
    return "ec2-user";
  }
}
