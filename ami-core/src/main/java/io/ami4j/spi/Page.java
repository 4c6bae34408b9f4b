package io.ami4j.spi;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, with the token of the next page when there is one.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextToken;

  private Page(List<T> items, String nextToken) {
    this.items = List.copyOf(items);
    this.nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
  }

  /**
   * A page.
   *
   * @param items the items
   * @param nextToken the token of the next page, or {@code null} for the last page
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, String nextToken) {
    return new Page<>(items, nextToken);
  }

  /**
   * The last (or only) page.
   *
   * @param items the items
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /** The items. */
  public List<T> items() {
    return items;
  }

  /** The next page's token, unless this is the last page. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, next=" + nextToken + "]";
  }
}
