package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import java.util.Optional;

/**
 * One page of a listing: how many items at most ({@code MaxResults}) and where to continue
 * ({@code NextToken}).
 */
public final class PageRequest {
  private final Integer size;
  private final String token;

  private PageRequest(Integer size, String token) {
    this.size = size;
    this.token = token;
  }

  /** The first page, of the backend's default size. */
  public static PageRequest first() {
    return new PageRequest(null, null);
  }

  /**
   * The first page of at most {@code size} items.
   *
   * @param size 1 to 1000
   * @return the request
   */
  public static PageRequest ofSize(int size) {
    return new PageRequest(Check.inRange("pageSize", size, 1, 1000), null);
  }

  /**
   * The page that follows, by the token of the previous page.
   *
   * @param token the previous page's next token
   * @return the request, keeping this one's size
   */
  public PageRequest next(String token) {
    return new PageRequest(size, Check.notNull("nextToken", token));
  }

  /** The page size, when set. */
  public Optional<Integer> size() {
    return Optional.ofNullable(size);
  }

  /** The token, when continuing. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  @Override
  public String toString() {
    return "PageRequest[size=" + size + ", token=" + token + "]";
  }
}
