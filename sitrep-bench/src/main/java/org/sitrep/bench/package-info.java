/** Throughput runs over whole corpora and JMH micro-benchmarks of the hot paths. */
package org.sitrep.bench;
