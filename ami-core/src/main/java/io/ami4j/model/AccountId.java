package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;

/**
 * An AWS account id: exactly 12 digits.
 *
 * <pre>{@code AccountId partner = AccountId.of("123456789012"); }</pre>
 */
public final class AccountId implements Comparable<AccountId> {
  private final String value;

  private AccountId(String value) {
    this.value = value;
  }

  /**
   * Parses and validates an account id.
   *
   * @param value twelve digits
   * @return the account id
   * @throws io.ami4j.AmiValidationException if it is not twelve digits
   */
  public static AccountId of(String value) {
    return new AccountId(Check.matches("accountId", value, Rules.ACCOUNT_ID, Rules.ACCOUNT_ID_RULE));
  }

  /** The twelve digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountId && ((AccountId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(AccountId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
