package io.ami4j.internal.spec;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Walks a listing page by page through the call runner, fetching the next page only when the
 * items of the one before are used up.
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

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next != null) {
          PageRequest req = next;
          Page<T> p = runner.callNow(region, action, c -> fetch.apply(c, req));
          next = p.nextToken().map(req::next).orElse(null);
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
