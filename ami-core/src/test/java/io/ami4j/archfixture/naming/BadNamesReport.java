package io.ami4j.archfixture.naming;

/** A public result named *Report. */
public final class BadNamesReport {
  /** Not meant to be made. */
  private BadNamesReport() {}
}
