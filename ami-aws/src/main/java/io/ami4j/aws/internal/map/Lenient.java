package io.ami4j.aws.internal.map;

import io.ami4j.spi.Page;
import io.ami4j.spi.Unmapped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the items of an answer one by one. A value ami4j does not know never stops an item (the
 * mappers keep it, see {@link WireEnums}); an item is left out only when it has no id or a required
 * field is missing or unreadable, and then it is not just logged: a page names it in
 * {@link Page#unmapped()}, so that listings, plans and waits can fail loudly instead of working on
 * a short answer.
 */
public final class Lenient {
  private static final Logger LOG = LoggerFactory.getLogger(Lenient.class);

  private Lenient() {}

  /**
   * Maps one page of an answer.
   *
   * @param kind the kind of item, e.g. {@code image}
   * @param items the SDK's items (may be {@code null})
   * @param id reads an item's id
   * @param mapper maps one item
   * @param nextToken the answer's next token, or {@code null}
   * @param <S> the SDK's type
   * @param <T> ami4j's type
   * @return the page: the items that could be mapped, in order, and those that could not
   */
  public static <S, T> Page<T> page(String kind, List<S> items, Function<S, String> id, Function<S, T> mapper,
      String nextToken) {
    List<T> out = new ArrayList<>();
    List<Unmapped> unmapped = new ArrayList<>();
    map(kind, items, id, mapper, out, unmapped);
    return Page.of(out, nextToken, unmapped);
  }

  /**
   * Maps a list that is not a page (permissions, a launch's instances): an item that cannot be
   * mapped is left out with a warning.
   *
   * @param kind the kind of item, for the warning
   * @param items the SDK's items (may be {@code null})
   * @param id reads an item's id, for the warning
   * @param mapper maps one item
   * @param <S> the SDK's type
   * @param <T> ami4j's type
   * @return the items that could be mapped, in order
   */
  public static <S, T> List<T> mapAll(String kind, List<S> items, Function<S, String> id, Function<S, T> mapper) {
    List<T> out = new ArrayList<>();
    map(kind, items, id, mapper, out, new ArrayList<>());
    return out;
  }

  private static <S, T> void map(String kind, List<S> items, Function<S, String> id, Function<S, T> mapper,
      List<T> out, List<Unmapped> unmapped) {
    if (items == null) {
      return;
    }
    for (S item : items) {
      String itemId = id.apply(item);
      if (itemId == null || itemId.isEmpty()) {
        unmapped.add(Unmapped.of(kind, null, "EC2's answer has no id for it"));
        LOG.warn("Leaving a {} without an id out of the answer", kind);
        continue;
      }
      try {
        out.add(mapper.apply(item));
      } catch (RuntimeException e) {
        // Reported on the page, not only logged: a caller must not take a short answer for a complete one.
        unmapped.add(Unmapped.of(kind, itemId, e.getMessage() == null ? e.toString() : e.getMessage()));
        LOG.warn("Leaving {} {} out of the answer: {}", kind, itemId, e.getMessage());
      }
    }
  }
}
