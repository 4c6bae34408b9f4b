package io.ami4j.internal.cleanup;

import io.ami4j.internal.bulk.BulkScheduler;
import io.ami4j.internal.call.Paging;
import io.ami4j.model.AccountId;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.Instance;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The read-only calls of a cleanup plan, through the bulk scheduler: who the caller is, the
 * matched images (every page), and what uses the candidates — DescribeImageReferences
 * (instances, launch templates, SSM parameters, recipes) and DescribeInstances (live instances
 * launched from them), {@value #BATCH} images per call, all batches at once.
 */
public final class Discovery {
  /** Images per DescribeImageReferences and DescribeInstances call. */
  public static final int BATCH = 200;
  private static final List<String> LIVE = List.of("pending", "running", "stopping", "stopped");

  private final AmiProvider provider;
  private final BulkScheduler bulk;
  private final Instant deadline;

  /**
   * Discovery for one client.
   *
   * @param provider the backend
   * @param bulk the client's bulk scheduler
   * @param deadline when to stop trying
   */
  public Discovery(AmiProvider provider, BulkScheduler bulk, Instant deadline) {
    this.provider = provider;
    this.bulk = bulk;
    this.deadline = deadline;
  }

  /**
   * The account the client serves.
   *
   * @param region any region of the client
   * @return the account
   */
  public CompletableFuture<AccountId> caller(Region region) {
    return bulk.submit(region, Ec2Action.GET_CALLER_IDENTITY, deadline, "GetCallerIdentity",
        provider::callerAccount);
  }

  /**
   * Every image a query matches.
   *
   * @param region the region
   * @param query the query
   * @return the images
   */
  public CompletableFuture<List<Image>> images(Region region, ImageQuery query) {
    PageRequest first = query.imageIds().isEmpty() ? PageRequest.ofSize(1000) : PageRequest.first();
    return all(region, Ec2Action.DESCRIBE_IMAGES, first, (c, p) -> provider.describeImages(c, query, p));
  }

  /**
   * What uses each of the images: resource descriptions per image, only for used images.
   *
   * @param region the region
   * @param ids the images
   * @return the users per image
   */
  public CompletableFuture<Map<ImageId, List<String>>> users(Region region, List<ImageId> ids) {
    // Per image: the user's key (an instance id or an ARN) and how to show it. An instance is in
    // both answers; DescribeInstances' view, with its state, wins.
    Map<ImageId, Map<String, String>> users = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<ImageId> batch = List.copyOf(ids.subList(from, Math.min(ids.size(), from + BATCH)));
      calls.add(all(region, Ec2Action.DESCRIBE_IMAGE_REFERENCES, PageRequest.first(),
          (c, p) -> provider.describeImageReferences(c, batch, p)).thenAccept(refs -> {
            for (ImageReference r : refs) {
              String shown = shortArn(r.arn());
              add(users, r.imageId(), shown, r.resourceType().wireValue() + " " + shown, false);
            }
          }));
      InstanceQuery q = InstanceQuery.builder()
          .addFilters(Filter.of("image-id", batch.stream().map(ImageId::value).collect(Collectors.toList())),
              Filter.of("instance-state-name", LIVE))
          .build();
      calls.add(all(region, Ec2Action.DESCRIBE_INSTANCES, PageRequest.first(),
          (c, p) -> provider.describeInstances(c, q, p)).thenAccept(instances -> {
            for (Instance i : instances) {
              if (i.state().isLive()) {
                add(users, i.imageId(), i.id().value(),
                    "ec2:Instance " + i.id() + " (" + i.state().wireValue() + ")", true);
              }
            }
          }));
    }
    return CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).thenApply(v -> {
      Map<ImageId, List<String>> out = new ConcurrentHashMap<>();
      users.forEach((k, m) -> {
        synchronized (m) {
          out.put(k, List.copyOf(m.values()));
        }
      });
      return out;
    });
  }

  private static void add(Map<ImageId, Map<String, String>> users, ImageId image, String key, String shown,
      boolean wins) {
    Map<String, String> m = users.computeIfAbsent(image, k -> new LinkedHashMap<>());
    synchronized (m) {
      if (wins) {
        m.put(key, shown);
      } else {
        m.putIfAbsent(key, shown);
      }
    }
  }

  /** {@code arn:aws:ec2:us-east-1:123:instance/i-1} → {@code instance/i-1}: the part a person reads. */
  private static String shortArn(String arn) {
    int colon = arn.lastIndexOf(':');
    String tail = colon < 0 ? arn : arn.substring(colon + 1);
    return tail.startsWith("instance/") ? tail.substring("instance/".length()) : tail;
  }

  private <T> CompletableFuture<List<T>> all(Region region, Ec2Action action, PageRequest first,
      BiFunction<Call, PageRequest, Page<T>> fetch) {
    return Paging.allAsync(action.wireName(), first,
        page -> bulk.submit(region, action, deadline, action.wireName(), c -> fetch.apply(c, page)));
  }
}
