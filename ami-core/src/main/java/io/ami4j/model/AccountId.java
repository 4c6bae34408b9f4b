package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import org.immutables.value.Value;

/**
 * An AWS account id: exactly 12 digits.
 *
 * <pre>{@code AccountId partner = AccountId.of("123456789012"); }</pre>
 */
@Value.Immutable
public abstract class AccountId implements Comparable<AccountId> {
  AccountId() {}

  /**
   * Parses and validates an account id.
   *
   * @param value twelve digits
   * @return the account id
   * @throws io.ami4j.AmiValidationException if it is not twelve digits
   */
  public static AccountId of(String value) {
    return ImmutableAccountId.of(Check.matches("accountId", value, Rules.ACCOUNT_ID, Rules.ACCOUNT_ID_RULE));
  }

  /** The twelve digits. */
  @Value.Parameter
  public abstract String value();

  @Override
  public int compareTo(AccountId o) {
    return value().compareTo(o.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
