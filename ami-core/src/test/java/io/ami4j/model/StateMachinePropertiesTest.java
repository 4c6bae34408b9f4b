package io.ami4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiStateException;
import io.ami4j.gen.Cases;
import io.ami4j.gen.ReportSeed;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random runs of requested transitions: a resource only ever moves along legal edges, a refused
 * move leaves it where it was and names where it was, and a terminated instance never moves again.
 * (Every single ordered pair of states is checked in {@link ImageStateTest} and {@link InstanceStateTest}.)
 */
@ExtendWith(ReportSeed.class)
class StateMachinePropertiesTest {
  private static final int LONGEST_RUN = 40;

  /** No request, every state once in order, and random runs. */
  static Stream<Arguments> imageRuns() {
    return Stream.concat(
        Stream.of(Arguments.of(List.of()), Arguments.of(List.of(ImageState.values())),
            Arguments.of(Collections.nCopies(LONGEST_RUN, ImageState.DEREGISTERED))),
        Cases.of(g -> g.listOf(0, LONGEST_RUN, x -> x.oneOf(ImageState.class))));
  }

  @ParameterizedTest
  @MethodSource("imageRuns")
  void anImageOnlyMovesAlongLegalEdges(List<ImageState> requests) {
    ImageState current = ImageState.PENDING;
    for (ImageState target : requests) {
      ImageState before = current;
      if (before.canMoveTo(target)) {
        current = before.moveTo("image", target);
        assertThat(current).isEqualTo(target);
      } else {
        AmiStateException e = catchThrowableOfType(AmiStateException.class, () -> before.moveTo("image", target));
        assertThat(e.from()).contains(before.wireValue());
        assertThat(e.to()).contains(target.wireValue());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ImageState.class)
  void everyImageStateIsReachableFromPendingAndCanBeDeregistered(ImageState state) {
    assertThat(reachableFrom(ImageState.PENDING)).contains(state);
    if (state != ImageState.DEREGISTERED) {
      assertThat(reachableFrom(state)).contains(ImageState.DEREGISTERED);
    }
  }

  private static Set<ImageState> reachableFrom(ImageState start) {
    Set<ImageState> seen = EnumSet.of(start);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ImageState s : EnumSet.copyOf(seen)) {
        grew |= seen.addAll(s.next());
      }
    }
    return seen;
  }

  /** No request, every state once in order, the way to termination and past it, and random runs. */
  static Stream<Arguments> instanceRuns() {
    return Stream.concat(
        Stream.of(Arguments.of(List.of()), Arguments.of(List.of(InstanceState.values())),
            Arguments.of(List.of(InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED, InstanceState.PENDING,
                InstanceState.RUNNING, InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED))),
        Cases.of(g -> g.listOf(0, LONGEST_RUN, x -> x.oneOf(InstanceState.class))));
  }

  @ParameterizedTest
  @MethodSource("instanceRuns")
  void anInstanceCanAlwaysBeTerminatedUntilItIsAndThenNeverMoves(List<InstanceState> requests) {
    InstanceState current = InstanceState.PENDING;
    for (InstanceState target : requests) {
      if (current.isLive()) {
        assertThat(current.canMoveTo(InstanceState.SHUTTING_DOWN)).as("%s can be terminated", current).isTrue();
      }
      if (current == InstanceState.TERMINATED) {
        assertThat(current.canMoveTo(target)).isFalse();
      }
      if (current.canMoveTo(target)) {
        current = current.moveTo("instance", target);
      }
    }
  }
}
