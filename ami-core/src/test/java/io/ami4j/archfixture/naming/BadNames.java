package io.ami4j.archfixture.naming;

import io.ami4j.DryRunResult;
import io.ami4j.Pending;
import java.util.List;

/** A spec whose names break every naming rule of the public API, one method each. */
public final class BadNames {
  private BadNames() {}

  /** An enum, whose own valueOf is allowed. */
  public enum Kind {
    /** One. */
    ONE
  }

  /** A builder. */
  public static final class Builder {
    private Builder() {}
  }

  /** Submit answering something else than a Pending. */
  public String submit() {
    return "";
  }

  /** A Pending from another method than submit. */
  public Pending<String> start() {
    return null;
  }

  /** Apply answering no *Result. */
  public List<String> apply() {
    return List.of();
  }

  /** A dry run answering a boolean. */
  public boolean dryRunReset() {
    return true;
  }

  /** A dry run as it should be. */
  public DryRunResult dryRunTerminate() {
    return null;
  }

  public DryRunResult dryRun() {
    return null;
  }

  /** The old ending. */
  public String execute() {
    return "";
  }

  /** The old asynchronous ending. */
  public String executeAsync() {
    return "";
  }

  /** The old snapshot option. */
  public BadNames includeSnapshots() {
    return this;
  }

  /** The old snapshot option of create. */
  public BadNames tagSnapshotsToo() {
    return this;
  }

  /** A builder as it should be made. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder from a factory named otherwise. */
  public static Builder create() {
    return new Builder();
  }

  /** A factory named as in other libraries. */
  public static BadNames newBuilder() {
    return new BadNames();
  }

  /** A factory named as in other libraries. */
  public static BadNames valueOf(String s) {
    return new BadNames();
  }

  /** A factory named as in other libraries. */
  public static BadNames getInstance() {
    return new BadNames();
  }
}
