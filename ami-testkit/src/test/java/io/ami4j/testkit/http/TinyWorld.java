package io.ami4j.testkit.http;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiDryRunException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiStateException;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregistrationResult;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.model.Region;
import io.ami4j.model.ResourceId;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.SsmParameter;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A deliberately small EC2 for the protocol tests: a few rules (visibility, ownership, pending
 * images that turn available on the next look), so that the HTTP layer can be tested on its own.
 * The real behaviour lives in the in-memory world.
 */
final class TinyWorld {
  static final AccountId AMAZON = AccountId.of("137112412989");
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final String AL2023 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

  private final AtomicLong ids = new AtomicLong(0x1000);
  final Map<String, Image> images = new LinkedHashMap<>();          // key region/id
  final Map<String, Set<LaunchPermission>> grants = new LinkedHashMap<>();
  final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
  final Map<String, Set<VolumePermission>> volumeGrants = new LinkedHashMap<>();
  final Map<String, Instance> instances = new LinkedHashMap<>();
  final Map<String, AccountId> instanceOwners = new LinkedHashMap<>();
  final Map<String, RecycleBinImage> recycleBin = new LinkedHashMap<>();
  final Map<String, Image> binned = new LinkedHashMap<>();
  final Map<String, BlockPublicAccessState> blockPublicAccess = new LinkedHashMap<>();
  final Map<String, SsmParameter> parameters = new LinkedHashMap<>();

  TinyWorld() {
    for (Region r : List.of(Region.of("us-east-1"), Region.of("eu-west-1"))) {
      SnapshotId snap = snapshot(r, AMAZON, 8);
      Image al = Image.builder().id(newImageId()).name("al2023-ami-2023.6.20261120.0-kernel-6.1-x86_64")
          .description("Amazon Linux 2023 AMI & friends <x86_64>").ownerId(AMAZON).ownerAlias("amazon")
          .creationDate(NOW.minusSeconds(86_400)).state(ImageState.AVAILABLE).architecture(Architecture.X86_64)
          .rootDeviceType(RootDeviceType.EBS).rootDeviceName("/dev/xvda").enaSupport(true).isPublic(true)
          .platformDetails("Linux/UNIX").usageOperation("RunInstances")
          .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda",
              EbsBlockDevice.builder().snapshotId(snap).volumeSize(8).build()))
          .build();
      images.put(key(r, al.id()), al);
      parameters.put(r.name() + AL2023, SsmParameter.of(AL2023, al.id().value()));
    }
  }

  synchronized AmiProvider provider(AccountId account) {
    return new Provider(account);
  }

  ImageId newImageId() {
    return ImageId.of(String.format("ami-%017x", ids.incrementAndGet()));
  }

  private SnapshotId snapshot(Region r, AccountId owner, int size) {
    SnapshotId id = SnapshotId.of(String.format("snap-%017x", ids.incrementAndGet()));
    snapshots.put(key(r, id), Snapshot.builder().id(id).ownerId(owner).volumeSize(size)
        .state(SnapshotState.COMPLETED).startTime(NOW).build());
    return id;
  }

  static String key(Region r, ResourceId id) {
    return r.name() + "/" + id.value();
  }

  private static <T> Page<T> page(List<T> all, PageRequest page) {
    int from = page.token().map(Integer::parseInt).orElse(0);
    int to = Math.min(all.size(), from + page.size().orElse(1000));
    return Page.of(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
  }

  private static boolean glob(String pattern, String text) {
    return text.matches(pattern.replace(".", "\\.").replace("*", ".*").replace("?", "."));
  }

  private static AmiNotFoundException imageNotFound(ImageId id) {
    return new AmiNotFoundException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist", null);
  }

  private static void dryRun(Call call) {
    if (call.dryRun()) {
      throw new AmiDryRunException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", null);
    }
  }

  /** One account's view. */
  private final class Provider implements AmiProvider {
    private final AccountId account;

    Provider(AccountId account) {
      this.account = account;
    }

    @Override
    public String id() {
      return "tiny";
    }

    @Override
    public AccountId callerAccount(Call call) {
      return account;
    }

    private boolean visible(Region r, Image i) {
      return i.ownerId().equals(account) || i.isPublic()
          || grants.getOrDefault(key(r, i.id()), Set.of()).contains(LaunchPermission.account(account));
    }

    private Image owned(Call call, ImageId id) {
      Image i = images.get(key(call.region(), id));
      if (i == null || !i.ownerId().equals(account)) {
        throw imageNotFound(id);
      }
      return i;
    }

    private void put(Call call, Image i) {
      images.put(key(call.region(), i.id()), i);
    }

    @Override
    public Page<Image> describeImages(Call call, ImageQuery q, PageRequest page) {
      synchronized (TinyWorld.this) {
        Region r = call.region();
        List<Image> found = new ArrayList<>();
        for (Map.Entry<String, Image> e : new ArrayList<>(images.entrySet())) {
          if (!e.getKey().startsWith(r.name() + "/")) {
            continue;
          }
          Image i = e.getValue();
          if (!visible(r, i) || !q.imageIds().isEmpty() && !q.imageIds().contains(i.id())) {
            continue;
          }
          if (!q.owners().isEmpty() && q.owners().stream().noneMatch(o -> o.equals(Owner.SELF)
              ? i.ownerId().equals(account) : o.equals(Owner.AMAZON) ? i.ownerAlias().equals(Optional.of("amazon"))
              : o.value().equals(i.ownerId().value()))) {
            continue;
          }
          if (!q.filters().stream().allMatch(f -> matches(f, i))) {
            continue;
          }
          found.add(i);
          if (i.state() == ImageState.PENDING) {
            // Pending for exactly one look: the next DescribeImages sees it available.
            e.setValue(Image.copyOf(i).state(ImageState.AVAILABLE).build());
          }
        }
        if (!q.imageIds().isEmpty() && found.isEmpty()) {
          throw imageNotFound(q.imageIds().get(0));
        }
        return page(found, page);
      }
    }

    private boolean matches(Filter f, Image i) {
      Predicate<String> any = v -> f.values().stream().anyMatch(p -> glob(p, v));
      if (f.name().equals("name")) {
        return any.test(i.name());
      }
      if (f.name().equals("state")) {
        return any.test(i.state().wireValue());
      }
      if (f.name().startsWith("tag:")) {
        String v = i.tags().get(f.name().substring(4));
        return v != null && any.test(v);
      }
      return true;
    }

    @Override
    public ImageId createImage(Call call, CreateImageRequest req) {
      synchronized (TinyWorld.this) {
        Instance source = instances.get(key(call.region(), req.instanceId()));
        if (source == null || !instanceOwners.get(key(call.region(), req.instanceId())).equals(account)) {
          throw new AmiNotFoundException("InvalidInstanceID.NotFound",
              "The instance ID '" + req.instanceId() + "' does not exist", null);
        }
        dryRun(call);
        SnapshotId snap = snapshot(call.region(), account, 8);
        Image i = Image.builder().id(newImageId()).name(req.name()).description(req.description())
            .ownerId(account).creationDate(NOW).state(ImageState.PENDING).architecture(Architecture.X86_64)
            .rootDeviceType(RootDeviceType.EBS).rootDeviceName("/dev/xvda").sourceInstanceId(req.instanceId())
            .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().snapshotId(snap).build()))
            .putAllTags(req.imageTags()).build();
        put(call, i);
        return i.id();
      }
    }

    @Override
    public ImageId registerImage(Call call, RegisterImageRequest req) {
      synchronized (TinyWorld.this) {
        dryRun(call);
        Image i = Image.builder().id(newImageId()).name(req.name()).description(req.description())
            .ownerId(account).creationDate(NOW).state(ImageState.PENDING)
            .architecture(req.architecture().orElse(Architecture.X86_64))
            .rootDeviceType(req.imageLocation().isPresent() ? RootDeviceType.INSTANCE_STORE : RootDeviceType.EBS)
            .rootDeviceName(req.rootDeviceName()).imageLocation(req.imageLocation()).bootMode(req.bootMode())
            .addAllBlockDeviceMappings(req.blockDeviceMappings()).putAllTags(req.tags()).build();
        put(call, i);
        return i.id();
      }
    }

    @Override
    public ImageId copyImage(Call call, CopyImageRequest req) {
      synchronized (TinyWorld.this) {
        Image source = images.get(key(req.sourceRegion(), req.sourceImageId()));
        if (source == null || !visible(req.sourceRegion(), source)) {
          throw imageNotFound(req.sourceImageId());
        }
        dryRun(call);
        Image copy = Image.copyOf(source).id(newImageId()).name(req.name()).ownerId(account)
            .ownerAlias(Optional.empty()).isPublic(false).state(ImageState.PENDING)
            .sourceImageId(source.id()).sourceImageRegion(req.sourceRegion())
            .tags(req.copyImageTags() ? source.tags() : Map.of()).putAllTags(req.tags()).build();
        put(call, copy);
        return copy.id();
      }
    }

    @Override
    public DeregistrationResult deregisterImage(Call call, ImageId id, boolean deleteSnapshots) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        images.remove(key(call.region(), id));
        // As if a Recycle Bin retention rule matched every image: it can be restored for 7 days.
        recycleBin.put(key(call.region(), id), RecycleBinImage.builder().imageId(id).name(i.name())
            .description(i.description()).enterTime(NOW).exitTime(NOW.plusSeconds(7 * 86_400)).build());
        binned.put(key(call.region(), id), i);
        List<SnapshotDeletion> outcomes = new ArrayList<>();
        if (deleteSnapshots) {
          for (SnapshotId s : i.snapshotIds()) {
            boolean usedElsewhere = images.entrySet().stream().anyMatch(e ->
                e.getKey().startsWith(call.region().name() + "/") && e.getValue().snapshotIds().contains(s));
            if (usedElsewhere) {
              outcomes.add(SnapshotDeletion.of(s, SnapshotOutcome.SKIPPED));
            } else {
              snapshots.remove(key(call.region(), s));
              outcomes.add(SnapshotDeletion.of(s, SnapshotOutcome.SUCCESS));
            }
          }
        }
        return DeregistrationResult.of(id, outcomes);
      }
    }

    @Override
    public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        List<LaunchPermission> all = new ArrayList<>(grants.getOrDefault(key(call.region(), id), Set.of()));
        if (i.isPublic()) {
          all.add(LaunchPermission.publicAccess());
        }
        return all;
      }
    }

    @Override
    public void modifyLaunchPermissions(Call call, ImageId id, List<LaunchPermission> add,
        List<LaunchPermission> remove) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        Set<LaunchPermission> set = grants.computeIfAbsent(key(call.region(), id), k -> new LinkedHashSet<>());
        boolean isPublic = i.isPublic();
        for (LaunchPermission p : add) {
          if (p.isPublic()) {
            isPublic = true;
          } else {
            set.add(p);
          }
        }
        for (LaunchPermission p : remove) {
          if (p.isPublic()) {
            isPublic = false;
          } else {
            set.remove(p);
          }
        }
        put(call, Image.copyOf(i).isPublic(isPublic).build());
      }
    }

    @Override
    public void resetLaunchPermissions(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        grants.remove(key(call.region(), id));
        put(call, Image.copyOf(i).isPublic(false).build());
      }
    }

    @Override
    public void cancelImageLaunchPermission(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Set<LaunchPermission> set = grants.get(key(call.region(), id));
        if (set == null || !set.contains(LaunchPermission.account(account))) {
          throw imageNotFound(id);
        }
        dryRun(call);
        set.remove(LaunchPermission.account(account));
      }
    }

    @Override
    public void modifyImageDescription(Call call, ImageId id, String description) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        put(call, Image.copyOf(i).description(description).build());
      }
    }

    @Override
    public void enableImageDeprecation(Call call, ImageId id, Instant at) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        put(call, Image.copyOf(i).deprecationTime(at).build());
      }
    }

    @Override
    public void disableImageDeprecation(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        put(call, Image.copyOf(i).deprecationTime(Optional.empty()).build());
      }
    }

    @Override
    public void enableDeregistrationProtection(Call call, ImageId id, boolean withCooldown) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        put(call, Image.copyOf(i).deregistrationProtection(withCooldown ? "enabled-with-cooldown" : "enabled").build());
      }
    }

    @Override
    public void disableDeregistrationProtection(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        put(call, Image.copyOf(i).deregistrationProtection("disabled").build());
      }
    }

    @Override
    public void disableImage(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        if (i.state() != ImageState.AVAILABLE) {
          throw new AmiStateException("IncorrectState", "The image is not available", null);
        }
        dryRun(call);
        grants.remove(key(call.region(), id));
        put(call, Image.copyOf(i).state(ImageState.DISABLED).isPublic(false).build());
      }
    }

    @Override
    public void enableImage(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        Image i = owned(call, id);
        dryRun(call);
        put(call, Image.copyOf(i).state(ImageState.AVAILABLE).build());
      }
    }

    @Override
    public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> ids, PageRequest page) {
      synchronized (TinyWorld.this) {
        return page(recycleBin.values().stream().filter(i -> ids.isEmpty() || ids.contains(i.imageId()))
            .collect(Collectors.toList()), page);
      }
    }

    @Override
    public void restoreImageFromRecycleBin(Call call, ImageId id) {
      synchronized (TinyWorld.this) {
        if (!recycleBin.containsKey(key(call.region(), id))) {
          throw imageNotFound(id);
        }
        dryRun(call);
        recycleBin.remove(key(call.region(), id));
        images.put(key(call.region(), id), binned.remove(key(call.region(), id)));
      }
    }

    @Override
    public Page<ImageReference> describeImageReferences(Call call, List<ImageId> ids, PageRequest page) {
      synchronized (TinyWorld.this) {
        List<ImageReference> refs = new ArrayList<>();
        instances.forEach((k, i) -> {
          if (k.startsWith(call.region().name() + "/") && ids.contains(i.imageId())) {
            refs.add(ImageReference.of(i.imageId(), ImageReferenceType.EC2_INSTANCE,
                "arn:aws:ec2:" + call.region() + ":" + account + ":instance/" + i.id()));
          }
        });
        return page(refs, page);
      }
    }

    @Override
    public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
      synchronized (TinyWorld.this) {
        return blockPublicAccess.getOrDefault(call.region() + "/" + account, BlockPublicAccessState.UNBLOCKED);
      }
    }

    @Override
    public void enableImageBlockPublicAccess(Call call) {
      synchronized (TinyWorld.this) {
        dryRun(call);
        blockPublicAccess.put(call.region() + "/" + account, BlockPublicAccessState.BLOCK_NEW_SHARING);
      }
    }

    @Override
    public void disableImageBlockPublicAccess(Call call) {
      synchronized (TinyWorld.this) {
        dryRun(call);
        blockPublicAccess.put(call.region() + "/" + account, BlockPublicAccessState.UNBLOCKED);
      }
    }

    @Override
    public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery q, PageRequest page) {
      synchronized (TinyWorld.this) {
        return page(snapshots.entrySet().stream()
            .filter(e -> e.getKey().startsWith(call.region().name() + "/"))
            .map(Map.Entry::getValue)
            .filter(s -> s.ownerId().equals(account))
            .filter(s -> q.snapshotIds().isEmpty() || q.snapshotIds().contains(s.id()))
            .collect(Collectors.toList()), page);
      }
    }

    private Snapshot ownedSnapshot(Call call, SnapshotId id) {
      Snapshot s = snapshots.get(key(call.region(), id));
      if (s == null || !s.ownerId().equals(account)) {
        throw new AmiNotFoundException("InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist.", null);
      }
      return s;
    }

    @Override
    public void deleteSnapshot(Call call, SnapshotId id) {
      synchronized (TinyWorld.this) {
        ownedSnapshot(call, id);
        boolean inUse = images.entrySet().stream().anyMatch(e -> e.getKey().startsWith(call.region().name() + "/")
            && e.getValue().snapshotIds().contains(id));
        if (inUse) {
          throw new AmiConflictException("InvalidSnapshot.InUse",
              "The snapshot " + id + " is currently in use by an AMI", null);
        }
        dryRun(call);
        snapshots.remove(key(call.region(), id));
      }
    }

    @Override
    public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId id) {
      synchronized (TinyWorld.this) {
        ownedSnapshot(call, id);
        return new ArrayList<>(volumeGrants.getOrDefault(key(call.region(), id), Set.of()));
      }
    }

    @Override
    public void modifyVolumePermissions(Call call, SnapshotId id, List<VolumePermission> add,
        List<VolumePermission> remove) {
      synchronized (TinyWorld.this) {
        ownedSnapshot(call, id);
        dryRun(call);
        Set<VolumePermission> set = volumeGrants.computeIfAbsent(key(call.region(), id), k -> new LinkedHashSet<>());
        set.addAll(add);
        set.removeAll(remove);
      }
    }

    @Override
    public List<Instance> runInstances(Call call, RunInstancesRequest req) {
      synchronized (TinyWorld.this) {
        Image image = images.get(key(call.region(), req.imageId()));
        if (image == null || !visible(call.region(), image)) {
          throw imageNotFound(req.imageId());
        }
        dryRun(call);
        List<Instance> launched = new ArrayList<>();
        for (int n = 0; n < req.count(); n++) {
          Instance i = Instance.builder().id(InstanceId.of(String.format("i-%017x", ids.incrementAndGet())))
              .imageId(req.imageId()).state(InstanceState.PENDING).instanceType(req.instanceType())
              .launchTime(NOW).architecture(image.architecture()).rootDeviceType(image.rootDeviceType())
              .privateIpAddress("10.0.0." + (10 + n)).keyName(req.keyName())
              .addAllSecurityGroupIds(req.securityGroupIds()).putAllTags(req.tags()).build();
          instances.put(key(call.region(), i.id()), i);
          instanceOwners.put(key(call.region(), i.id()), account);
          launched.add(i);
        }
        return launched;
      }
    }

    @Override
    public Page<Instance> describeInstances(Call call, InstanceQuery q, PageRequest page) {
      synchronized (TinyWorld.this) {
        List<Instance> found = instances.entrySet().stream()
            .filter(e -> e.getKey().startsWith(call.region().name() + "/"))
            .filter(e -> instanceOwners.get(e.getKey()).equals(account))
            .map(Map.Entry::getValue)
            .filter(i -> q.instanceIds().isEmpty() || q.instanceIds().contains(i.id()))
            .collect(Collectors.toList());
        if (!q.instanceIds().isEmpty() && found.size() < q.instanceIds().size()) {
          throw new AmiNotFoundException("InvalidInstanceID.NotFound", "The instance IDs do not exist", null);
        }
        return page(found, page);
      }
    }

    @Override
    public void terminateInstances(Call call, List<InstanceId> ids) {
      synchronized (TinyWorld.this) {
        describeInstances(Call.in(call.region()), InstanceQuery.byIds(ids), PageRequest.first());
        dryRun(call);
        for (InstanceId id : ids) {
          instances.computeIfPresent(key(call.region(), id),
              (k, i) -> Instance.builder().from(i).state(InstanceState.SHUTTING_DOWN).build());
        }
      }
    }

    @Override
    public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
      synchronized (TinyWorld.this) {
        dryRun(call);
        for (ResourceId r : resources) {
          String k = key(call.region(), r);
          images.computeIfPresent(k, (x, i) -> Image.copyOf(i).putAllTags(tags).build());
          snapshots.computeIfPresent(k, (x, s) -> Snapshot.builder().from(s).putAllTags(tags).build());
          instances.computeIfPresent(k, (x, i) -> Instance.builder().from(i).putAllTags(tags).build());
        }
      }
    }

    @Override
    public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
      synchronized (TinyWorld.this) {
        dryRun(call);
        for (ResourceId r : resources) {
          String k = key(call.region(), r);
          images.computeIfPresent(k, (x, i) -> Image.copyOf(i).tags(without(i.tags(), keys)).build());
          snapshots.computeIfPresent(k, (x, s) -> Snapshot.builder().from(s).tags(without(s.tags(), keys)).build());
          instances.computeIfPresent(k, (x, i) -> Instance.builder().from(i).tags(without(i.tags(), keys)).build());
        }
      }
    }

    private Map<String, String> without(Map<String, String> tags, Collection<String> keys) {
      Map<String, String> left = new LinkedHashMap<>(tags);
      left.keySet().removeAll(keys);
      return left;
    }

    @Override
    public Optional<SsmParameter> getParameter(Call call, String name) {
      synchronized (TinyWorld.this) {
        return Optional.ofNullable(parameters.get(call.region().name() + name));
      }
    }

    @Override
    public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
      synchronized (TinyWorld.this) {
        return page(parameters.entrySet().stream()
            .filter(e -> e.getKey().startsWith(call.region().name() + path))
            .map(Map.Entry::getValue).collect(Collectors.toList()), page);
      }
    }

    @Override
    public void close() {
      // Nothing to release: the state belongs to the TinyWorld.
    }
  }
}
