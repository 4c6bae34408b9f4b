package io.ami4j.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {
  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().collect(Collectors.toList());
  }

  @Test
  void everyEntryLandsInExactlyOneCallOfAtMostTheBatchSize() {
    List<List<List<Integer>>> calls = Batches.addRemove(range(0, 230), range(1000, 1075), 100);
    assertThat(calls).hasSize(4);
    assertThat(calls).allSatisfy(c -> assertThat(c.get(0).size() + c.get(1).size()).isLessThanOrEqualTo(100));
    List<Integer> added = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    calls.forEach(c -> {
      added.addAll(c.get(0));
      removed.addAll(c.get(1));
    });
    assertThat(added).isEqualTo(range(0, 230));
    assertThat(removed).isEqualTo(range(1000, 1075));
    // The call that holds the last additions also starts the removals.
    assertThat(calls.get(2).get(0)).hasSize(30);
    assertThat(calls.get(2).get(1)).hasSize(70);
  }

  @Test
  void nothingToChangeMakesNoCall() {
    assertThat(Batches.addRemove(List.of(), List.of(), 100)).isEmpty();
    assertThat(Batches.addRemove(List.of(1), List.of(), 100)).containsExactly(List.of(List.of(1), List.of()));
  }
}
