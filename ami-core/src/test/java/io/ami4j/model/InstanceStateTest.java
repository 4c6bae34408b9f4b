package io.ami4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiStateException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ordered pair of instance states: pending → running → stopping → stopped → pending, and
 * shutting-down → terminated from any live state. Written out here independently of the
 * production table.
 */
class InstanceStateTest {
  private static final Set<String> LEGAL = Set.of(
      "pending -> running", "running -> stopping", "stopping -> stopped", "stopped -> pending",
      "pending -> shutting-down", "running -> shutting-down", "stopping -> shutting-down",
      "stopped -> shutting-down",
      "shutting-down -> terminated",
      // a state ami4j does not know may lead anywhere
      "unknown -> pending", "unknown -> running", "unknown -> shutting-down", "unknown -> terminated",
      "unknown -> stopping", "unknown -> stopped");

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (InstanceState from : InstanceState.values()) {
      for (InstanceState to : InstanceState.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void transitionIsAllowedExactlyWhenTheTableSaysSo(InstanceState from, InstanceState to) {
    boolean legal = LEGAL.contains(from.wireValue() + " -> " + to.wireValue());
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
    assertThat(from.next().contains(to)).isEqualTo(legal);
    if (legal) {
      assertThat(from.moveTo("instance i-0123456789abcdef0", to)).isSameAs(to);
    } else {
      AmiStateException e = catchThrowableOfType(AmiStateException.class,
          () -> from.moveTo("instance i-0123456789abcdef0", to));
      assertThat(e).isNotNull();
      assertThat(e.from()).contains(from.wireValue());
      assertThat(e.to()).contains(to.wireValue());
      assertThat(e.errorCode()).isEqualTo(AmiStateException.CLIENT_CODE);
      assertThat(e.getMessage()).isEqualTo("Illegal transition of instance i-0123456789abcdef0 from '"
          + from.wireValue() + "' to '" + to.wireValue() + "'");
    }
  }

  @Test
  void theTableHasExactlyTheListedTransitions() {
    long legalCount = everyPair().filter(a -> {
      Object[] p = a.get();
      return ((InstanceState) p[0]).canMoveTo((InstanceState) p[1]);
    }).count();
    assertThat(legalCount).isEqualTo(LEGAL.size());
    assertThat(InstanceState.TERMINATED.next()).isEmpty();
  }

  @Test
  void stateCodesAreEc2s() {
    Map<InstanceState, Integer> codes = Map.of(InstanceState.PENDING, 0, InstanceState.RUNNING, 16,
        InstanceState.SHUTTING_DOWN, 32, InstanceState.TERMINATED, 48, InstanceState.STOPPING, 64,
        InstanceState.STOPPED, 80);
    codes.forEach((state, code) -> assertThat(state.code()).as("%s", state).isEqualTo(code));
  }

  @Test
  void shuttingDownAndTerminatedAreNotLive() {
    assertThat(EnumSet.allOf(InstanceState.class).stream().filter(s -> !s.isLive()))
        .containsExactlyInAnyOrder(InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED);
  }
}
