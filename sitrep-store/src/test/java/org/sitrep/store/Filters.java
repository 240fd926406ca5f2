package org.sitrep.store;

/** Event filters for tests. */
final class Filters {
  private Filters() {}

  static Queries.EventFilter all() {
    return new Queries.EventFilter(null, null, null, null, null, null, null, null);
  }
}
