package io.ami4j.testkit.http;

import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.PageRequest;

/**
 * Everything one action needs: its parameters, the caller's provider, and the {@link Call} built
 * from the credential scope and {@code DryRun}.
 */
final class ActionContext {
  private final QueryRequest params;
  private final Caller caller;
  private final AmiProvider provider;
  private final String requestId;

  ActionContext(QueryRequest params, Caller caller, AmiProvider provider, String requestId) {
    this.params = params;
    this.caller = caller;
    this.provider = provider;
    this.requestId = requestId;
  }

  QueryRequest params() {
    return params;
  }

  AmiProvider provider() {
    return provider;
  }

  AccountId account() {
    return caller.account();
  }

  Region region() {
    return caller.region();
  }

  String requestId() {
    return requestId;
  }

  /** Whether the client asked for a dry run ({@code DryRun=true}). */
  boolean dryRun() {
    return params.flag("DryRun", false);
  }

  /** The SPI call: the caller's region, as a dry run when asked. */
  Call call() {
    Call call = Call.in(caller.region());
    return dryRun() ? call.asDryRun() : call;
  }

  /** {@code MaxResults} and {@code NextToken} as a page request. */
  PageRequest page() {
    PageRequest page = params.integer("MaxResults").map(n -> {
      if (n < 1 || n > 1000) {
        throw QueryRequest.invalid("MaxResults", String.valueOf(n), "must be between 1 and 1000");
      }
      return PageRequest.ofSize(n);
    }).orElse(PageRequest.first());
    return params.get("NextToken").filter(t -> !t.isEmpty()).map(page::next).orElse(page);
  }
}
