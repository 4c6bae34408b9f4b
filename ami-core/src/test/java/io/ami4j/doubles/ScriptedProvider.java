package io.ami4j.doubles;

import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.KmsKey;
import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregistrationResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SsmParameter;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A provider that answers from a script and records every call: per action, one-shot answers
 * (consumed in order) and a standing answer. A dry run answers {@code DryRunOperation} unless a
 * refusal is scripted. Unscripted calls fail the test.
 */
public final class ScriptedProvider implements AmiProvider {
  /** One recorded call. */
  public static final class Invocation {
    public final Ec2Action action;
    public final Call call;
    public final List<Object> args;
    public final Instant at;

    Invocation(Ec2Action action, Call call, List<Object> args, Instant at) {
      this.action = action;
      this.call = call;
      this.args = args;
      this.at = at;
    }

    @SuppressWarnings("unchecked")
    public <T> T arg(int i) {
      return (T) args.get(i);
    }

    @Override
    public String toString() {
      return action + (call.dryRun() ? " (dry run)" : "") + " " + call.region() + " " + args + " @" + at;
    }
  }

  /** An answer to a call: a value, or a thrown exception. */
  @FunctionalInterface
  public interface Answer {
    Object answer(Invocation invocation);
  }

  private final Clock clock;
  private final List<Invocation> calls = new ArrayList<>();
  private final Map<Ec2Action, Deque<Answer>> once = new EnumMap<>(Ec2Action.class);
  private final Map<Ec2Action, Answer> always = new EnumMap<>(Ec2Action.class);
  private final Map<Ec2Action, AmiException> dryRunRefusals = new EnumMap<>(Ec2Action.class);
  private boolean closed;

  public ScriptedProvider(Clock clock) {
    this.clock = clock;
  }

  /** The next call of {@code action} gets this answer (then the next scripted one, then the standing one). */
  public synchronized ScriptedProvider once(Ec2Action action, Answer answer) {
    once.computeIfAbsent(action, a -> new ArrayDeque<>()).add(answer);
    return this;
  }

  /** Every call of {@code action} without a one-shot answer gets this one. */
  public synchronized ScriptedProvider always(Ec2Action action, Answer answer) {
    always.put(action, answer);
    return this;
  }

  /** A dry run of {@code action} is refused with this error. */
  public synchronized ScriptedProvider refuseDryRun(Ec2Action action, AmiException error) {
    dryRunRefusals.put(action, error);
    return this;
  }

  public static Answer fail(AmiException e) {
    return inv -> {
      throw e;
    };
  }

  public synchronized List<Invocation> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Invocation> calls(Ec2Action action) {
    return calls.stream().filter(c -> c.action == action && !c.call.dryRun()).collect(Collectors.toList());
  }

  public synchronized long count(Ec2Action action) {
    return calls(action).size();
  }

  public boolean closed() {
    return closed;
  }

  private Object answer(Ec2Action action, Call call, Object... args) {
    Answer a;
    Invocation inv;
    synchronized (this) {
      inv = new Invocation(action, call, List.of(args), clock.instant());
      calls.add(inv);
      if (call.dryRun()) {
        AmiException refusal = dryRunRefusals.get(action);
        if (refusal != null) {
          throw refusal;
        }
        throw new AmiDryRunException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", null);
      }
      Deque<Answer> q = once.get(action);
      a = q != null && !q.isEmpty() ? q.poll() : always.get(action);
    }
    if (a == null) {
      throw new AssertionError("Unscripted call: " + inv);
    }
    return a.answer(inv);
  }

  @SuppressWarnings("unchecked")
  private <T> T typed(Ec2Action action, Call call, Object... args) {
    return (T) answer(action, call, args);
  }

  @Override
  public String id() {
    return "scripted";
  }

  @Override
  public AccountId callerAccount(Call call) {
    return typed(Ec2Action.GET_CALLER_IDENTITY, call);
  }

  @Override
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    return typed(Ec2Action.DESCRIBE_IMAGES, call, query, page);
  }

  @Override
  public ImageId createImage(Call call, CreateImageRequest request) {
    return typed(Ec2Action.CREATE_IMAGE, call, request);
  }

  @Override
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    return typed(Ec2Action.REGISTER_IMAGE, call, request);
  }

  @Override
  public ImageId copyImage(Call call, CopyImageRequest request) {
    return typed(Ec2Action.COPY_IMAGE, call, request);
  }

  @Override
  public DeregistrationResult deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    return typed(Ec2Action.DEREGISTER_IMAGE, call, imageId, deleteSnapshots);
  }

  @Override
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    return typed(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE, call, imageId);
  }

  @Override
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove) {
    answer(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, call, imageId, List.copyOf(add), List.copyOf(remove));
  }

  @Override
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    answer(Ec2Action.RESET_IMAGE_ATTRIBUTE, call, imageId);
  }

  @Override
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    answer(Ec2Action.CANCEL_IMAGE_LAUNCH_PERMISSION, call, imageId);
  }

  @Override
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    answer(Ec2Action.MODIFY_IMAGE_ATTRIBUTE, call, imageId, description);
  }

  @Override
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    answer(Ec2Action.ENABLE_IMAGE_DEPRECATION, call, imageId, at);
  }

  @Override
  public void disableImageDeprecation(Call call, ImageId imageId) {
    answer(Ec2Action.DISABLE_IMAGE_DEPRECATION, call, imageId);
  }

  @Override
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    answer(Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION, call, imageId, withCooldown);
  }

  @Override
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    answer(Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION, call, imageId);
  }

  @Override
  public void disableImage(Call call, ImageId imageId) {
    answer(Ec2Action.DISABLE_IMAGE, call, imageId);
  }

  @Override
  public void enableImage(Call call, ImageId imageId) {
    answer(Ec2Action.ENABLE_IMAGE, call, imageId);
  }

  @Override
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    return typed(Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN, call, imageIds, page);
  }

  @Override
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    answer(Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN, call, imageId);
  }

  @Override
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    return typed(Ec2Action.DESCRIBE_IMAGE_REFERENCES, call, imageIds, page);
  }

  @Override
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    return typed(Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE, call);
  }

  @Override
  public void enableImageBlockPublicAccess(Call call) {
    answer(Ec2Action.ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS, call);
  }

  @Override
  public void disableImageBlockPublicAccess(Call call) {
    answer(Ec2Action.DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS, call);
  }

  @Override
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    return typed(Ec2Action.DESCRIBE_SNAPSHOTS, call, query, page);
  }

  @Override
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    answer(Ec2Action.DELETE_SNAPSHOT, call, snapshotId);
  }

  @Override
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    return typed(Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE, call, snapshotId);
  }

  @Override
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    answer(Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE, call, snapshotId, List.copyOf(add), List.copyOf(remove));
  }

  @Override
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    return typed(Ec2Action.RUN_INSTANCES, call, request);
  }

  @Override
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    return typed(Ec2Action.DESCRIBE_INSTANCES, call, query, page);
  }

  @Override
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    answer(Ec2Action.TERMINATE_INSTANCES, call, instanceIds);
  }

  @Override
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    answer(Ec2Action.CREATE_TAGS, call, List.copyOf(resources), Map.copyOf(tags));
  }

  @Override
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    answer(Ec2Action.DELETE_TAGS, call, List.copyOf(resources), List.copyOf(keys));
  }

  @Override
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    return typed(Ec2Action.DESCRIBE_KEY, call, key);
  }

  @Override
  public Optional<SsmParameter> getParameter(Call call, String name) {
    return typed(Ec2Action.GET_PARAMETER, call, name);
  }

  @Override
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    return typed(Ec2Action.GET_PARAMETERS_BY_PATH, call, path, page);
  }

  @Override
  public void close() {
    closed = true;
  }
}
