package io.ami4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiStateException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ordered pair of image states: the legal transitions move, every other one throws
 * naming both states. The expected table is written out here, from EC2's documented lifecycle,
 * so that a change to the production table fails this test.
 */
class ImageStateTest {
  /** Legal transitions as "from -> to" in EC2's spelling. */
  private static final Set<String> LEGAL = Set.of(
      "pending -> available", "pending -> failed", "pending -> error", "pending -> invalid",
      "pending -> transient", "pending -> deregistered",
      "transient -> available", "transient -> pending", "transient -> failed", "transient -> deregistered",
      "available -> disabled", "available -> deregistered",
      "disabled -> available", "disabled -> deregistered",
      "failed -> deregistered", "error -> deregistered", "invalid -> deregistered",
      // a deregistered image restored from the Recycle Bin is available again
      "deregistered -> available",
      // a state ami4j does not know is taken for an in-between state: it may lead anywhere
      "pending -> unknown", "transient -> unknown",
      "unknown -> pending", "unknown -> available", "unknown -> invalid", "unknown -> deregistered",
      "unknown -> transient", "unknown -> failed", "unknown -> error", "unknown -> disabled");

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (ImageState from : ImageState.values()) {
      for (ImageState to : ImageState.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void transitionIsAllowedExactlyWhenTheTableSaysSo(ImageState from, ImageState to) {
    boolean legal = LEGAL.contains(from.wireValue() + " -> " + to.wireValue());
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
    assertThat(from.next().contains(to)).isEqualTo(legal);
    if (legal) {
      assertThat(from.moveTo("image ami-0123456789abcdef0", to)).isSameAs(to);
    } else {
      AmiStateException e = catchThrowableOfType(AmiStateException.class,
          () -> from.moveTo("image ami-0123456789abcdef0", to));
      assertThat(e).isNotNull();
      assertThat(e.from()).contains(from.wireValue());
      assertThat(e.to()).contains(to.wireValue());
      assertThat(e.errorCode()).isEqualTo(AmiStateException.CLIENT_CODE);
      assertThat(e.retryable()).isFalse();
      assertThat(e.getMessage()).isEqualTo("Illegal transition of image ami-0123456789abcdef0 from '"
          + from.wireValue() + "' to '" + to.wireValue() + "'");
    }
  }

  @Test
  void theTableHasExactlyTheListedTransitions() {
    long legalCount = everyPair().filter(a -> {
      Object[] p = a.get();
      return ((ImageState) p[0]).canMoveTo((ImageState) p[1]);
    }).count();
    assertThat(legalCount).isEqualTo(LEGAL.size());
  }

  @Test
  void nextIsReadOnly() {
    Set<ImageState> next = ImageState.PENDING.next();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> next.add(ImageState.DISABLED))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ImageState.PENDING.canMoveTo(ImageState.DISABLED)).isFalse();
  }

  @Test
  void onlyPendingTransientAndUnknownAreUnsettled() {
    // A state ami4j does not know may be a new in-between state: a wait keeps waiting through it.
    assertThat(EnumSet.allOf(ImageState.class).stream().filter(s -> !s.isSettled()))
        .containsExactlyInAnyOrder(ImageState.PENDING, ImageState.TRANSIENT, ImageState.UNKNOWN);
  }

  @Test
  void failedErrorAndInvalidAreFailures() {
    assertThat(EnumSet.allOf(ImageState.class).stream().filter(ImageState::isFailure))
        .containsExactlyInAnyOrder(ImageState.FAILED, ImageState.ERROR, ImageState.INVALID);
  }
}
