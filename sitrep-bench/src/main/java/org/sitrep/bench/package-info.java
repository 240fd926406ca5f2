/** Throughput runs over whole corpora, JMH micro-benchmarks of the hot paths, and baselines. */
package org.sitrep.bench;
