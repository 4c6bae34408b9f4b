package io.ami4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiStateException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random runs of requested transitions: a resource only ever moves along legal edges, a refused
 * move leaves it where it was and names where it was, and a terminated instance never moves again.
 */
class StateMachinePropertiesTest {

  @Property
  void anImageOnlyMovesAlongLegalEdges(@ForAll @Size(max = 40) List<ImageState> requests) {
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

  @Property
  void everyImageStateIsReachableFromPendingAndCanBeDeregistered(@ForAll ImageState state) {
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

  @Property
  void anInstanceCanAlwaysBeTerminatedUntilItIsAndThenNeverMoves(
      @ForAll @Size(max = 40) List<InstanceState> requests) {
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
