package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the items of an answer one by one. An item ami4j's model cannot hold (a value EC2 added
 * after this release, a field missing) is left out with a warning, so that one odd public image
 * does not make every listing fail.
 */
public final class Lenient {
  private static final Logger LOG = LoggerFactory.getLogger(Lenient.class);

  private Lenient() {}

  /**
   * Maps a list.
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
    if (items == null) {
      return out;
    }
    for (S item : items) {
      try {
        out.add(mapper.apply(item));
      } catch (AmiValidationException e) {
        LOG.warn("Leaving {} {} out of the answer: {}", kind, id.apply(item), e.getMessage());
      }
    }
    return out;
  }
}
