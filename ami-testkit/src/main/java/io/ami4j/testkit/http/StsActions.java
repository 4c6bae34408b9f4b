package io.ami4j.testkit.http;

import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;

/**
 * STS in the Query protocol: {@code GetCallerIdentity}, which the SDK's {@code StsClient} and
 * {@code aws sts get-caller-identity} use to learn the account.
 */
final class StsActions {
  /** STS's XML namespace. */
  static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  /** STS's API version. */
  static final String VERSION = "2011-06-15";

  private StsActions() {}

  static boolean handles(String action) {
    return action.equals("GetCallerIdentity");
  }

  /** The answer: the account the provider serves, called as that account's root. */
  static String getCallerIdentity(Caller caller, AmiProvider provider, String requestId) {
    AccountId account = provider.callerAccount(Call.in(caller.region()));
    XmlWriter x = new XmlWriter();
    x.root("GetCallerIdentityResponse", NAMESPACE)
        .start("GetCallerIdentityResult")
        .element("Arn", "arn:" + caller.region().partition() + ":iam::" + account.value() + ":root")
        .element("UserId", account.value())
        .element("Account", account.value())
        .end()
        .start("ResponseMetadata").element("RequestId", requestId).end()
        .end();
    return x.toXml();
  }
}
