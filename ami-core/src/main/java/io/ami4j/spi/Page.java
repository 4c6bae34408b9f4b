package io.ami4j.spi;

import io.ami4j.AmiIncompleteAnswerException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One page of a listing, with the token of the next page when there is one, and the items of the
 * answer that could not be mapped ({@link #unmapped()}), so that a caller can tell a short answer
 * from a complete one.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextToken;
  private final List<Unmapped> unmapped;

  private Page(List<T> items, String nextToken, List<Unmapped> unmapped) {
    this.items = List.copyOf(items);
    this.nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
    this.unmapped = List.copyOf(unmapped);
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
    return new Page<>(items, nextToken, List.of());
  }

  /**
   * A page of an answer some of whose items could not be mapped.
   *
   * @param items the items that could be mapped
   * @param nextToken the token of the next page, or {@code null} for the last page
   * @param unmapped the items that could not
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, String nextToken, List<Unmapped> unmapped) {
    return new Page<>(items, nextToken, unmapped);
  }

  /**
   * The last (or only) page.
   *
   * @param items the items
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null, List.of());
  }

  /** The items. */
  public List<T> items() {
    return items;
  }

  /** The next page's token, unless this is the last page. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /**
   * The items of the answer that could not be mapped (no id, or a required field missing or
   * unreadable); empty for a complete page. A value ami4j does not know never puts an item here.
   */
  public List<Unmapped> unmapped() {
    return unmapped;
  }

  /**
   * This page, when every item of the answer could be mapped.
   *
   * @param action what was asked, for the message, e.g. {@code DescribeImages}
   * @return this page
   * @throws AmiIncompleteAnswerException naming the unmapped items, when there are any
   */
  public Page<T> complete(String action) {
    if (!unmapped.isEmpty()) {
      throw new AmiIncompleteAnswerException(action,
          unmapped.stream().map(Unmapped::toString).collect(Collectors.toList()));
    }
    return this;
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, " + (unmapped.isEmpty() ? "" : unmapped.size() + " unmapped, ")
        + "next=" + nextToken + "]";
  }
}
