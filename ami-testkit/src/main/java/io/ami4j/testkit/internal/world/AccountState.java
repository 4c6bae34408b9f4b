package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.OrganizationArn;
import io.ami4j.model.OrganizationalUnitArn;
import io.ami4j.model.Region;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the world knows of an account beyond its resources: organization, subscriptions, guards. */
final class AccountState {
  final AccountId id;
  String alias;
  OrganizationArn organization;
  OrganizationalUnitArn organizationalUnit;
  final Set<String> subscriptions = new HashSet<>();
  final Set<Region> blockPublicAccess = new HashSet<>();
  final Map<Region, Duration> recycleBinRetention = new HashMap<>();

  AccountState(AccountId id) {
    this.id = id;
  }
}
