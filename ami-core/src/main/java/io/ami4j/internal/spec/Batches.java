package io.ami4j.internal.spec;

import java.util.ArrayList;
import java.util.List;

/** Splits the entries of one change into calls of at most a given size. */
public final class Batches {
  private Batches() {}

  /**
   * Pairs of (add, remove) lists whose combined size is at most {@code size}, adds first.
   *
   * @param add entries to add
   * @param remove entries to remove
   * @param size entries per call
   * @param <T> the entry type
   * @return one pair per call
   */
  public static <T> List<List<List<T>>> addRemove(List<T> add, List<T> remove, int size) {
    List<List<List<T>>> calls = new ArrayList<>();
    int total = add.size() + remove.size();
    for (int from = 0; from < total; from += size) {
      int to = Math.min(total, from + size);
      List<T> a = new ArrayList<>();
      List<T> r = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (i < add.size()) {
          a.add(add.get(i));
        } else {
          r.add(remove.get(i - add.size()));
        }
      }
      calls.add(List.of(a, r));
    }
    return calls;
  }
}
