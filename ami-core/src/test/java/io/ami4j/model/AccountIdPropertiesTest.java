package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static io.ami4j.gen.Gen.DIGITS;
import static io.ami4j.gen.Gen.LOWER;
import static io.ami4j.gen.Gen.UPPER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.gen.Cases;
import io.ami4j.gen.ReportSeed;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Account ids: exactly twelve ASCII digits, leading zeros kept. */
@ExtendWith(ReportSeed.class)
class AccountIdPropertiesTest {
  // Arabic-Indic and full-width digits are digits to Character.isDigit, but not to EC2.
  private static final String NON_DIGITS = LOWER + UPPER + " -_.:\u0663\uff11";

  static Stream<Arguments> twelveDigits() {
    return Cases.of(g -> g.string(DIGITS, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000000000000", "999999999999"})
  @MethodSource("twelveDigits")
  void twelveDigitsAreAccepted(String digits) {
    AccountId id = AccountId.of(digits);
    assertThat(id.value()).isEqualTo(digits);
    assertThat(id).hasToString(digits).isEqualTo(AccountId.of(digits));
    assertThat(id.hashCode()).isEqualTo(AccountId.of(digits).hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678901", "1234567890123"})
  @MethodSource("wrongLength")
  void anyOtherLengthIsRejected(String digits) {
    assertRejected(() -> AccountId.of(digits), "accountId", "exactly 12 digits");
  }

  static Stream<Arguments> wrongLength() {
    return Cases.of(g -> g.string(DIGITS, g.where(x -> x.between(0, 30), n -> n != 12)));
  }

  @ParameterizedTest
  @MethodSource({"nonDigitAtEitherEnd", "nonDigitAnywhere"})
  void aNonDigitAnywhereIsRejected(String digits, char bad, int position) {
    String text = digits.substring(0, position) + bad + digits.substring(position + 1);
    assertRejected(() -> AccountId.of(text), "accountId", "exactly 12 digits");
  }

  static Stream<Arguments> nonDigitAtEitherEnd() {
    return Stream.of(Arguments.of("123456789012", 'a', 0), Arguments.of("123456789012", '\u0663', 11));
  }

  static Stream<Arguments> nonDigitAnywhere() {
    return Cases.of(g -> Arguments.of(g.string(DIGITS, 12), g.charOf(NON_DIGITS), g.between(0, 11)));
  }

  @Test
  void formattedAccountIdsAreRejected() {
    assertRejected(() -> AccountId.of("1234-5678-9012"), "accountId", "exactly 12 digits");
    assertRejected(() -> AccountId.of(" 123456789012"), "accountId", "exactly 12 digits");
    assertRejected(() -> AccountId.of(null), "accountId", "must be given");
  }

  @Test
  void ordersByDigits() {
    assertThat(AccountId.of("000000000001")).isLessThan(AccountId.of("123456789012"));
  }
}
