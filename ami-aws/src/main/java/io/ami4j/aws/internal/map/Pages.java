package io.ami4j.aws.internal.map;

import io.ami4j.spi.PageRequest;

/** Page sizes as each action takes them. */
public final class Pages {
  /** EC2's smallest {@code MaxResults} for DescribeImages, DescribeSnapshots, DescribeInstances, DescribeImageReferences. */
  public static final int EC2_DESCRIBE_MIN = 5;
  /** EC2's largest {@code MaxResults}. */
  public static final int EC2_MAX = 1000;
  /** SSM GetParametersByPath's largest {@code MaxResults}. */
  public static final int SSM_MAX = 10;

  private Pages() {}

  /**
   * {@code MaxResults} for an action, raised or lowered into the range it accepts.
   *
   * @param page the page asked for
   * @param min the action's smallest page
   * @param max the action's largest page
   * @return the size, or {@code null} to let the backend choose
   */
  public static Integer maxResults(PageRequest page, int min, int max) {
    return page.size().map(s -> Math.max(min, Math.min(max, s))).orElse(null);
  }

  /**
   * The token, or {@code null} for the first page.
   *
   * @param page the page asked for
   * @return the token
   */
  public static String token(PageRequest page) {
    return page.token().orElse(null);
  }
}
