package io.ami4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link AmiTest} for the view of another account: on an {@link io.ami4j.AmiClient}
 * parameter, a client of that account in the same world; on an {@link io.ami4j.spi.AmiProvider}
 * parameter, that account's provider. The account must be the default account or one of
 * {@link AmiTest#accounts()}, so that a mistyped id fails at once instead of meeting an empty
 * account.
 *
 * <pre>{@code
 * @AmiTest(accounts = "111122223333")
 * class SharingTest {
 *   @Test
 *   void thePartnerSeesTheImage(AmiClient owner, @Account("111122223333") AmiClient partner) { … }
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Account {
  /**
   * The account.
   *
   * @return a twelve-digit account id
   */
  String value();
}
