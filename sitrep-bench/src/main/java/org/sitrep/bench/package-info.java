/** Benchmarks and baselines run by hand, not in CI. */
package org.sitrep.bench;
