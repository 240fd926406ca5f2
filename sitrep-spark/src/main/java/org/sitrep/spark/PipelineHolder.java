package org.sitrep.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.extract.StandardPipeline;

/**
 * One standard pipeline per JVM and settings, created on first use and shared by every task the
 * executor runs: CoreNLP's models load once per executor, not per partition or record. The pipeline
 * is thread-safe (extractors are pure functions; CoreNLP's {@code annotate} is thread-safe,
 * docs/pipeline.md), so concurrent tasks share it.
 */
final class PipelineHolder {
  private static final Map<JobSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private PipelineHolder() {}

  /** The JVM's pipeline for these settings; the first caller builds it, the others wait. */
  static Pipeline get(JobSettings settings) {
    return PIPELINES.computeIfAbsent(settings, s -> StandardPipeline.create(s.pipelineOptions()));
  }

  /** How many pipelines this JVM has built (one per distinct settings). */
  static int built() {
    return PIPELINES.size();
  }
}
