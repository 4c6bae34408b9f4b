package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Account ids: exactly twelve ASCII digits, leading zeros kept. */
class AccountIdPropertiesTest {

  @Provide
  Arbitrary<String> twelveDigits() {
    return Arbitraries.strings().numeric().ofLength(12);
  }

  @Property
  void twelveDigitsAreAccepted(@ForAll("twelveDigits") String digits) {
    AccountId id = AccountId.of(digits);
    assertThat(id.value()).isEqualTo(digits);
    assertThat(id).hasToString(digits).isEqualTo(AccountId.of(digits));
    assertThat(id.hashCode()).isEqualTo(AccountId.of(digits).hashCode());
  }

  @Property
  void anyOtherLengthIsRejected(@ForAll("wrongLength") String digits) {
    assertRejected(() -> AccountId.of(digits), "accountId", "exactly 12 digits");
  }

  @Provide
  Arbitrary<String> wrongLength() {
    return Arbitraries.integers().between(0, 30).filter(n -> n != 12)
        .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
  }

  @Property
  void aNonDigitAnywhereIsRejected(@ForAll("twelveDigits") String digits,
      @ForAll("nonDigit") char bad, @ForAll("position") int position) {
    String text = digits.substring(0, position) + bad + digits.substring(position + 1);
    assertRejected(() -> AccountId.of(text), "accountId", "exactly 12 digits");
  }

  @Provide
  Arbitrary<Character> nonDigit() {
    // Arabic-Indic and full-width digits are digits to Character.isDigit, but not to EC2.
    return Arbitraries.oneOf(Arbitraries.chars().alpha(),
        Arbitraries.chars().with(" -_.:\u0663\uff11".toCharArray()));
  }

  @Provide
  Arbitrary<Integer> position() {
    return Arbitraries.integers().between(0, 11);
  }

  @Example
  void formattedAccountIdsAreRejected() {
    assertRejected(() -> AccountId.of("1234-5678-9012"), "accountId", "exactly 12 digits");
    assertRejected(() -> AccountId.of(" 123456789012"), "accountId", "exactly 12 digits");
    assertRejected(() -> AccountId.of(null), "accountId", "must be given");
  }

  @Example
  void ordersByDigits() {
    assertThat(AccountId.of("000000000001")).isLessThan(AccountId.of("123456789012"));
  }
}
