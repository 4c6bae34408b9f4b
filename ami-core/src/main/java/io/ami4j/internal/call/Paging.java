package io.ami4j.internal.call;

import io.ami4j.AmiException;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.Unmapped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one paging loop: walks a listing page by page, asynchronously ({@link #allAsync}) or lazily
 * for a caller that iterates ({@link #iterator}). A backend that answers a {@code NextToken} it has
 * answered before would make the walk endless; the walk fails instead, naming the token.
 */
public final class Paging {
  private Paging() {}

  /**
   * A lazy iterator over every item of a listing.
   *
   * @param runner the runner
   * @param region the region
   * @param action the action, for its bucket
   * @param first the first page request
   * @param fetch one page
   * @param <T> the item type
   * @return the iterator
   */
  public static <T> Iterator<T> iterator(CallRunner runner, Region region, Ec2Action action, PageRequest first,
      BiFunction<Call, PageRequest, Page<T>> fetch) {
    return new Iterator<>() {
      private PageRequest next = first;
      private Iterator<T> current = java.util.Collections.emptyIterator();
      private final Set<String> seen = new HashSet<>();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next != null) {
          PageRequest req = next;
          Page<T> p = runner.callNow(region, action, c -> fetch.apply(c, req));
          next = p.nextToken().map(t -> nextRequest(action.wireName(), req, t, seen)).orElse(null);
          current = p.complete(action.wireName()).items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * Every item of a listing, page after page, each page fetched when the one before has come.
   *
   * @param what how errors name the listing, e.g. {@code DescribeImages}
   * @param first the first page request
   * @param page fetches one page (through the call runner or the bulk scheduler)
   * @param <T> the item type
   * @return every item; or the first failure; or a failure naming a repeated {@code NextToken}; or
   *     {@link io.ami4j.AmiIncompleteAnswerException} when a page has items the provider could not map
   */
  public static <T> CompletableFuture<List<T>> allAsync(String what, PageRequest first,
      Function<PageRequest, CompletableFuture<Page<T>>> page) {
    return step(what, first, page, new ArrayList<>(), new HashSet<>(), null);
  }

  /**
   * Every mapped item of a listing, page after page; the items the provider could not map are
   * added to {@code unmapped} for the caller to judge, instead of failing the walk.
   *
   * @param what how errors name the listing, e.g. {@code DescribeImages}
   * @param first the first page request
   * @param page fetches one page (through the call runner or the bulk scheduler)
   * @param unmapped receives every page's unmapped items
   * @param <T> the item type
   * @return every mapped item; or the first failure; or a failure naming a repeated {@code NextToken}
   */
  public static <T> CompletableFuture<List<T>> allAsync(String what, PageRequest first,
      Function<PageRequest, CompletableFuture<Page<T>>> page, List<Unmapped> unmapped) {
    return step(what, first, page, new ArrayList<>(), new HashSet<>(), unmapped);
  }

  private static <T> CompletableFuture<List<T>> step(String what, PageRequest req,
      Function<PageRequest, CompletableFuture<Page<T>>> page, List<T> acc, Set<String> seen,
      List<Unmapped> unmapped) {
    return page.apply(req).thenCompose(p -> {
      try {
        if (unmapped == null) {
          acc.addAll(p.complete(what).items());
        } else {
          acc.addAll(p.items());
          unmapped.addAll(p.unmapped());
        }
      } catch (AmiException e) {
        return CompletableFuture.failedFuture(e);
      }
      if (p.nextToken().isEmpty()) {
        return CompletableFuture.completedFuture(acc);
      }
      PageRequest next;
      try {
        next = nextRequest(what, req, p.nextToken().get(), seen);
      } catch (AmiException e) {
        return CompletableFuture.failedFuture(e);
      }
      return step(what, next, page, acc, seen, unmapped);
    });
  }

  private static PageRequest nextRequest(String what, PageRequest req, String token, Set<String> seen) {
    if (!seen.add(token)) {
      throw new AmiException("ami4j.RepeatedNextToken", what + ": the backend answered NextToken '" + token
          + "' a second time, after " + seen.size() + " page(s); following it would never end", null, false, null);
    }
    return req.next(token);
  }

  /**
   * Every item of a listing.
   *
   * @param runner the runner
   * @param region the region
   * @param action the action
   * @param fetch one page
   * @param <T> the item type
   * @return all items
   */
  public static <T> List<T> all(CallRunner runner, Region region, Ec2Action action,
      BiFunction<Call, PageRequest, Page<T>> fetch) {
    List<T> out = new ArrayList<>();
    iterator(runner, region, action, PageRequest.first(), fetch).forEachRemaining(out::add);
    return out;
  }
}
