package org.arobase.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One engine per millésime for all the tests of the JVM: building compiles the rules. */
final class Engines {
  private static final Map<Integer, LabelEngine> ENGINES = new ConcurrentHashMap<>();

  private Engines() {}

  static LabelEngine of(int year) {
    return ENGINES.computeIfAbsent(year, y -> LabelEngine.builder().edition(y).build());
  }
}
