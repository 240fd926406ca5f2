/**
 * The standard pipeline as an Apache Spark job: JSON Lines articles in, analysis records and
 * failure records out, one pipeline per executor JVM.
 */
package org.sitrep.spark;
