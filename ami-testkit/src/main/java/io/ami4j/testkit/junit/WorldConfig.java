package io.ami4j.testkit.junit;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.WaitPolicy;
import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * One test's {@link AmiTest} configuration: the class's annotation (or an enclosing class's),
 * overlaid by the method's, checked as a whole. Builds the world and the clients it describes.
 */
final class WorldConfig {
  private static final List<Method> ATTRIBUTES = Arrays.stream(AmiTest.class.getDeclaredMethods())
      .sorted((a, b) -> a.getName().compareTo(b.getName())).collect(Collectors.toUnmodifiableList());
  /** The attributes that shape the world, and so belong in a {@code world} factory when there is one. */
  private static final List<String> WORLD_ATTRIBUTES = List.of("regions", "seed", "seedCatalog", "timing",
      "throttling", "faultRate", "faultSeed", "faults");
  /** The attributes that describe faults beside a named {@code faults} plan. */
  private static final List<String> FAULT_ATTRIBUTES = List.of("throttling", "faultRate", "faultSeed");

  private final Class<?> testClass;
  private final String where;
  /** The attributes set to something other than their default, class first, then the method's. */
  private final Map<String, Object> explicit;
  private final boolean ownWorld;

  private WorldConfig(Class<?> testClass, String where, Map<String, Object> explicit, boolean ownWorld) {
    this.testClass = testClass;
    this.where = where;
    this.explicit = explicit;
    this.ownWorld = ownWorld;
  }

  /**
   * The configuration of a class, or of a method of it.
   *
   * @param testClass the test class
   * @param method the test method, or empty for the class (lifecycle methods of the class)
   * @return the checked configuration
   * @throws ExtensionConfigurationException naming the attribute and the rule it breaks
   */
  static WorldConfig of(Class<?> testClass, Optional<Method> method) {
    AmiTest onClass = classAnnotation(testClass);
    Map<String, Object> explicit = new LinkedHashMap<>(explicitAttributes(onClass));
    Optional<AmiTest> onMethod = method.flatMap(m -> AnnotationSupport.findAnnotation(m, AmiTest.class));
    String where = testClass.getName();
    if (onMethod.isPresent()) {
      Map<String, Object> own = explicitAttributes(onMethod.get());
      where = testClass.getName() + "#" + method.get().getName();
      if (own.containsKey("sharedWorld")) {
        throw new ExtensionConfigurationException("@AmiTest(sharedWorld = true) on " + where
            + ": sharedWorld is a class-level attribute; a method with its own @AmiTest always gets its own world");
      }
      // The method's way of describing the world (or its faults) replaces the class's other way.
      if (own.containsKey("world")) {
        WORLD_ATTRIBUTES.forEach(explicit::remove);
      } else if (WORLD_ATTRIBUTES.stream().anyMatch(own::containsKey)) {
        explicit.remove("world");
      }
      if (own.containsKey("faults")) {
        FAULT_ATTRIBUTES.forEach(explicit::remove);
      } else if (FAULT_ATTRIBUTES.stream().anyMatch(own::containsKey)) {
        explicit.remove("faults");
      }
      explicit.putAll(own);
    }
    WorldConfig config = new WorldConfig(testClass, where, explicit, onMethod.isPresent());
    config.check();
    return config;
  }

  /**
   * The test class's {@code @AmiTest}, or an enclosing class's for a {@code @Nested} class.
   * (A class with only method-level annotations has an empty one: every attribute at its default.)
   */
  private static AmiTest classAnnotation(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<AmiTest> found = AnnotationSupport.findAnnotation(c, AmiTest.class);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return Defaults.ANNOTATION;
  }

  private static Map<String, Object> explicitAttributes(AmiTest annotation) {
    Map<String, Object> set = new LinkedHashMap<>();
    for (Method attribute : ATTRIBUTES) {
      Object value;
      try {
        value = attribute.invoke(annotation);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read @AmiTest." + attribute.getName(), e);
      }
      if (!Objects.deepEquals(value, attribute.getDefaultValue())) {
        set.put(attribute.getName(), value);
      }
    }
    return set;
  }

  /** Whether the test method has an {@code @AmiTest} of its own (and so its own world). */
  boolean ownWorld() {
    return ownWorld;
  }

  boolean sharedWorld() {
    return (boolean) value("sharedWorld");
  }

  private Object value(String attribute) {
    Object v = explicit.get(attribute);
    if (v != null) {
      return v;
    }
    return ATTRIBUTES.stream().filter(m -> m.getName().equals(attribute)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(attribute)).getDefaultValue();
  }

  private String string(String attribute) {
    return (String) value(attribute);
  }

  private String[] strings(String attribute) {
    return (String[]) value(attribute);
  }

  private ExtensionConfigurationException invalid(String attribute, String rule) {
    return new ExtensionConfigurationException("@AmiTest(" + attribute + " = " + show(value(attribute)) + ") on "
        + where + ": " + attribute + " " + rule);
  }

  private static String show(Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof String[]) {
      return Arrays.stream((String[]) value).map(WorldConfig::show).collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }

  private void check() {
    if (!string("world").isEmpty()) {
      for (String attribute : WORLD_ATTRIBUTES) {
        if (explicit.containsKey(attribute)) {
          throw invalid(attribute, "must not be set beside world = " + show(string("world"))
              + ": the factory method builds the whole world, so set it there");
        }
      }
    }
    if (!string("faults").isEmpty()) {
      for (String attribute : FAULT_ATTRIBUTES) {
        if (explicit.containsKey(attribute)) {
          throw invalid(attribute, "must not be set beside faults = " + show(string("faults"))
              + ": the named FaultPlan holds every fault, so set it in the plan");
        }
      }
    }
    double rate = (double) value("faultRate");
    if (!(rate >= 0 && rate <= 1)) {
      throw invalid("faultRate", "must be between 0 and 1");
    }
    if (explicit.containsKey("faultSeed") && rate == 0) {
      throw invalid("faultSeed", "has nothing to draw: set faultRate above 0 too");
    }
    regions();
    accounts();
    waitPolicy();
  }

  /** The world's regions, in order (empty when the attribute is not set). */
  private List<Region> regions() {
    Set<Region> regions = new LinkedHashSet<>();
    for (String name : strings("regions")) {
      Region r = parse("regions", () -> Region.of(name));
      if (!regions.add(r)) {
        throw invalid("regions", "must not name a region twice: " + name);
      }
    }
    return List.copyOf(regions);
  }

  /** The other accounts, without the default one. */
  Set<AccountId> accounts() {
    Set<AccountId> accounts = new LinkedHashSet<>();
    for (String id : strings("accounts")) {
      AccountId a = parse("accounts", () -> AccountId.of(id));
      if (a.equals(FakeEc2.DEFAULT_ACCOUNT)) {
        throw invalid("accounts", "lists the other accounts; " + id + " is the default account, always there");
      }
      if (!accounts.add(a)) {
        throw invalid("accounts", "must not name an account twice: " + id);
      }
    }
    return accounts;
  }

  private Optional<WaitPolicy> waitPolicy() {
    String timeout = string("waitTimeout");
    String interval = string("pollInterval");
    if (timeout.isEmpty() && interval.isEmpty()) {
      return Optional.empty();
    }
    WaitPolicy.Builder b = WaitPolicy.builder();
    if (!timeout.isEmpty()) {
      Duration d = duration("waitTimeout", timeout);
      parse("waitTimeout", () -> b.timeout(d));
    }
    if (!interval.isEmpty()) {
      Duration d = duration("pollInterval", interval);
      parse("pollInterval", () -> b.initialInterval(d).maxInterval(d).multiplier(1));
    }
    return Optional.of(parse(interval.isEmpty() ? "waitTimeout" : "pollInterval", b::build));
  }

  private Duration duration(String attribute, String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(attribute, "must be an ISO-8601 duration such as \"PT45M\" or \"PT15S\"");
    }
  }

  /** Runs a factory of ami4j's model, turning its validation error into one that names the attribute. */
  private <T> T parse(String attribute, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (AmiValidationException e) {
      throw invalid(attribute, "is not valid: " + e.getMessage());
    }
  }

  /**
   * Builds the world this configuration describes.
   *
   * @return a new world, which the caller closes
   */
  FakeEc2 buildWorld() {
    FakeEc2 world = string("world").isEmpty() ? describedWorld() : factoryWorld();
    try {
      region(world);
    } catch (RuntimeException e) {
      world.close();
      throw e;
    }
    return world;
  }

  private FakeEc2 describedWorld() {
    FakeEc2.Builder b = FakeEc2.builder().seedCatalog((boolean) value("seedCatalog")).seed((long) value("seed"))
        .timing(((WorldTiming) value("timing")).timing());
    List<Region> regions = regions();
    if (!regions.isEmpty()) {
      b.regions(regions.toArray(Region[]::new));
    }
    faultPlan().ifPresent(b::faults);
    return b.build();
  }

  private Optional<FaultPlan> faultPlan() {
    if (!string("faults").isEmpty()) {
      return Optional.of(invoke("faults", FaultPlan.class));
    }
    boolean throttling = (boolean) value("throttling");
    double rate = (double) value("faultRate");
    if (!throttling && rate == 0) {
      return Optional.empty();
    }
    FaultPlan.Builder p = FaultPlan.builder().seed((long) value("faultSeed"));
    if (throttling) {
      p.ec2Throttling();
    }
    if (rate > 0) {
      p.probability(FaultKind.INTERNAL_ERROR, rate / 2).probability(FaultKind.UNAVAILABLE, rate / 2);
    }
    return Optional.of(p.build());
  }

  private FakeEc2 factoryWorld() {
    Object made = invoke("world", Object.class);
    return made instanceof FakeEc2 fake ? fake : ((FakeEc2.Builder) made).build();
  }

  /**
   * Calls the static method an attribute names ({@code name} in the test class or its superclasses,
   * or {@code com.acme.Type#name}).
   */
  private <T> T invoke(String attribute, Class<T> expected) {
    String name = string(attribute);
    Class<?> owner = testClass;
    String methodName = name;
    int hash = name.indexOf('#');
    if (hash >= 0) {
      String typeName = name.substring(0, hash);
      methodName = name.substring(hash + 1);
      try {
        owner = Class.forName(typeName, false, testClass.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw invalid(attribute, "names a method of " + typeName + ", a class that cannot be found");
      }
    }
    List<Class<?>> returns = attribute.equals("world") ? List.of(FakeEc2.class, FakeEc2.Builder.class)
        : List.of(FaultPlan.class);
    String wanted = "a static method with no parameters returning "
        + returns.stream().map(Class::getSimpleName).collect(Collectors.joining(" or "));
    String m = methodName;
    Optional<Method> found = Optional.empty();
    // A method of the test class, its superclasses, or (for a @Nested class) an enclosing class.
    for (Class<?> c = owner; c != null && found.isEmpty(); c = hash >= 0 ? null : c.getEnclosingClass()) {
      found = ReflectionSupport.findMethod(c, methodName);
    }
    Class<?> searched = owner;
    Method method = found.orElseThrow(() -> invalid(attribute, "must name " + wanted + ", but " + m
        + "() is not a method of " + searched.getName() + (hash >= 0 ? "" : " or the classes enclosing it")));
    if (!Modifier.isStatic(method.getModifiers())) {
      throw invalid(attribute, "must name " + wanted + ", but " + m + "() is not static");
    }
    if (returns.stream().noneMatch(t -> t.isAssignableFrom(method.getReturnType()))) {
      throw invalid(attribute, "must name " + wanted + ", but " + m + "() returns "
          + method.getReturnType().getSimpleName());
    }
    Object made = ReflectionSupport.invokeMethod(method, null);
    if (made == null) {
      throw invalid(attribute, "must name " + wanted + ", but " + m + "() returned null");
    }
    return expected.cast(made);
  }

  /** The injected clients' default region: the attribute, or the world's first region. */
  Region region(FakeEc2 world) {
    String name = string("region");
    if (name.isEmpty()) {
      return world.regions().get(0);
    }
    Region r = parse("region", () -> Region.of(name));
    if (!world.regions().contains(r)) {
      throw invalid("region", "must be one of the world's regions " + world.regions());
    }
    return r;
  }

  /**
   * A client of an account in the world, as the attributes describe it.
   *
   * @param world the world
   * @param account the account
   * @return a new client, which the caller closes
   */
  AmiClient client(FakeEc2 world, AccountId account) {
    AmiClient.Builder b = world.clientBuilder(account).region(region(world));
    waitPolicy().ifPresent(b::waitPolicy);
    return b.build();
  }

  /** The test class, and the method when it has its own {@code @AmiTest}: where errors point. */
  String where() {
    return where;
  }

  /**
   * Checks that an {@link Account} parameter names an account of the test.
   *
   * @param account the parameter's account
   * @param parameter which parameter, for the error
   * @return the account
   */
  AccountId account(String account, String parameter) {
    AccountId a;
    try {
      a = AccountId.of(account);
    } catch (AmiValidationException e) {
      throw new ExtensionConfigurationException("@Account(\"" + account + "\") on " + parameter
          + ": not an account id: " + e.getMessage());
    }
    if (!a.equals(FakeEc2.DEFAULT_ACCOUNT) && !accounts().contains(a)) {
      List<String> known = new ArrayList<>();
      accounts().forEach(x -> known.add(x.toString()));
      throw new ExtensionConfigurationException("@Account(\"" + account + "\") on " + parameter
          + ": the account must be listed in @AmiTest(accounts), which lists " + known);
    }
    return a;
  }

  @Override
  public String toString() {
    return "@AmiTest" + explicit.entrySet().stream().map(e -> e.getKey() + " = " + show(e.getValue()))
        .collect(Collectors.joining(", ", "(", ")")) + " on " + where;
  }

  /** Holds an {@code @AmiTest} with every attribute at its default. */
  @AmiTest
  private static final class Defaults {
    static final AmiTest ANNOTATION = Defaults.class.getAnnotation(AmiTest.class);
  }
}
