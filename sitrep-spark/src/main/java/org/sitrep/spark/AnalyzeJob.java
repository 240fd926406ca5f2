package org.sitrep.spark;

import java.util.Iterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.core.pipeline.Layers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.ingest.ArticleLine;
import org.sitrep.ingest.TextCheck;
import org.sitrep.store.RecordJson;
import scala.Tuple2;

/**
 * The Spark job: reads JSON Lines articles, analyses every partition with the executor's one
 * pipeline ({@link PipelineHolder}), and writes analysis records under {@code OUT/records/} and
 * failure records under {@code OUT/failures/}, as JSON Lines part files.
 */
final class AnalyzeJob {
  private AnalyzeJob() {}

  /**
   * What one run did: non-blank input lines, records written, failures written.
   *
   * @param input non-blank lines read
   * @param analysed analysis records written
   * @param failed failure records written
   */
  record Counts(long input, long analysed, long failed) {
    /** Whether nothing was lost: every input line became a record or a failure. */
    boolean balanced() {
      return analysed + failed == input;
    }
  }

  /**
   * Runs the job.
   *
   * @param input a file, a directory or a glob (anything {@code SparkContext.textFile} reads)
   * @param output the output directory, which must not exist
   * @param partitions repartition to this many partitions, or 0 to keep the input's splits
   */
  static Counts run(
      JavaSparkContext sc, String input, String output, int partitions, JobSettings settings) {
    // Line numbers (1-based) over the whole input, for failure records of lines without an id.
    JavaRDD<Tuple2<String, Long>> lines =
        sc.textFile(input)
            .zipWithIndex()
            .filter(t -> !t._1().isBlank())
            .map(t -> new Tuple2<>(t._1(), t._2() + 1));
    JavaRDD<Tuple2<String, Long>> work = partitions > 0 ? lines.repartition(partitions) : lines;
    JavaRDD<Outcome> outcomes =
        work.mapPartitions(it -> analyse(it, settings)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      outcomes.filter(Outcome::analysed).map(Outcome::json).saveAsTextFile(output + "/records");
      outcomes.filter(o -> !o.analysed()).map(Outcome::json).saveAsTextFile(output + "/failures");
      long analysed = outcomes.filter(Outcome::analysed).count();
      long failed = outcomes.filter(o -> !o.analysed()).count();
      return new Counts(lines.count(), analysed, failed);
    } finally {
      outcomes.unpersist();
    }
  }

  private static Iterator<Outcome> analyse(
      Iterator<Tuple2<String, Long>> lines, JobSettings settings) {
    TextCheck check = new TextCheck(settings.maxBytes());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Outcome next() {
        Tuple2<String, Long> t = lines.next();
        return analyseLine(t._1(), t._2(), check, settings);
      }
    };
  }

  /** One line's outcome; the pipeline is only loaded when a line parses into an article. */
  static Outcome analyseLine(String line, long lineNo, TextCheck check, JobSettings settings) {
    ArticleLine parsed = ArticleLine.parse(line, check, null);
    if (parsed.failure() != null) {
      return Outcome.failure(lineNo, parsed.id(), parsed.failure());
    }
    try {
      Pipeline pipeline = PipelineHolder.get(settings);
      return Outcome.record(RecordJson.line(Layers.record(pipeline.run(parsed.article()))));
    } catch (RuntimeException | StackOverflowError e) {
      // the same reason sitrep analyze reports (Analyzer.analyse)
      return Outcome.failure(lineNo, parsed.id(), "analysis failed: " + e);
    }
  }
}
