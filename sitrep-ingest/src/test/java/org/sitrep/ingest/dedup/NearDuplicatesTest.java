package org.sitrep.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  @Test
  void findsASyndicatedCopyAndNotAnotherStory() {
    NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    index.add("story", MinHash.signature(MinHashTest.STORY));
    String copy =
        "RAQQA, Syria (Reuters) - "
            + MinHashTest.STORY.replace("on Sunday", "on Sunday, Feb. 4")
            + " (Editing by a desk editor)";
    NearDuplicates.Match m = index.find(MinHash.signature(copy));
    assertThat(m).isNotNull();
    assertThat(m.key()).isEqualTo("story");
    assertThat(index.find(MinHash.signature("Clashes broke out in Afrin on Monday."))).isNull();
  }

  /**
   * Measures the threshold on real articles (the shared dev splits, when present): every article
   * gets a syndicated copy (a new dateline, a credit line, one sentence dropped, one word changed);
   * a copy must be found as a near duplicate of its original, and no original may be taken for a
   * near duplicate of another article.
   */
  @Test
  void syndicatedCopiesOfRealArticlesAreFoundAndDistinctArticlesAreNot() throws IOException {
    String prop = System.getProperty("sitrep.shared");
    Path input = prop == null ? null : Path.of(prop, "data", "quotes", "dev.input.jsonl");
    Assumptions.assumeTrue(
        input != null && Files.isRegularFile(input),
        "../shared is not present: near-duplicate measurement skipped");
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(input)) {
      if (!line.isBlank()) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
    Random random = new Random(7);
    NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    int falseMatches = 0;
    int originals = 0;
    for (int i = 0; i < texts.size(); i++) {
      int[] sig = MinHash.signature(texts.get(i));
      // Articles repeated in the split itself are not "distinct": count only real misfires.
      NearDuplicates.Match m = index.find(sig);
      if (m != null && MinHash.jaccard(texts.get(i), texts.get(Integer.parseInt(m.key()))) < 0.3) {
        falseMatches++;
      }
      index.add(Integer.toString(i), sig);
      originals++;
    }
    int found = 0;
    int copies = 0;
    for (int i = 0; i < texts.size(); i++) {
      String copy = syndicate(texts.get(i), random);
      if (copy == null) {
        continue;
      }
      copies++;
      NearDuplicates.Match m = index.find(MinHash.signature(copy));
      if (m != null
          && (m.key().equals(Integer.toString(i))
              || MinHash.jaccard(texts.get(i), texts.get(Integer.parseInt(m.key()))) > 0.9)) {
        found++;
      }
    }
    System.out.printf(
        "near duplicates at J >= %.2f: %d of %d syndicated copies found; %d false matches among"
            + " %d distinct articles%n",
        NearDuplicates.DEFAULT_THRESHOLD, found, copies, falseMatches, originals);
    assertThat(copies).isGreaterThan(500);
    assertThat(found).isGreaterThanOrEqualTo((int) (copies * 0.97));
    assertThat(falseMatches).isZero();
  }

  /** A wire copy: new dateline, one sentence dropped, one word changed, a credit line. */
  static String syndicate(String text, Random random) {
    String[] sentences = text.split("(?<=[.!?])\\s+");
    if (sentences.length < 4) {
      return null;
    }
    int drop = 1 + random.nextInt(sentences.length - 1);
    StringBuilder sb = new StringBuilder("DAMASCUS (Agence) - ");
    for (int i = 0; i < sentences.length; i++) {
      if (i != drop) {
        sb.append(sentences[i]).append(' ');
      }
    }
    String copy = sb.toString().replaceFirst("\\bsaid\\b", "stated");
    return copy + "(Reporting by a correspondent; editing by a desk editor)";
  }
}
