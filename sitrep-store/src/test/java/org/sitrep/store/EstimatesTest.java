package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatesTest {
  private static Estimates.Estimate e(String key, Double low, Double high, String date) {
    return new Estimates.Estimate(
        key, "fighters", "Raqqa", low, high, null, "t", "s", null, "d", "o", date, false);
  }

  @Test
  void anOpenSideKeepsTheGroupOpen() {
    var groups =
        Estimates.group(
            List.of(e("k", 6001.0, null, "2018-01-01"), e("k", 5000.0, 5000.0, "2018-01-02")));
    assertThat(groups)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.low()).isEqualTo(5000.0);
              assertThat(g.high()).isNull();
            });
  }

  @Test
  void tukeyFencesOnLogMidpointsMarkTheFarFigureOnly() {
    var list =
        List.of(
            e("k", 400.0, 400.0, "1"),
            e("k", 350.0, 450.0, "2"),
            e("k", 380.0, 380.0, "3"),
            e("k", 420.0, 420.0, "4"),
            e("k", 40.0, 40.0, "5"));
    var marked = Estimates.markOutliers(list);
    assertThat(marked)
        .extracting(Estimates.Estimate::outlier)
        .containsExactly(false, false, false, false, true);
    assertThat(Estimates.markOutliers(list.subList(0, 3)))
        .extracting(Estimates.Estimate::outlier)
        .containsOnly(false);
  }

  @Test
  void largestGroupsFirst() {
    var groups =
        Estimates.group(
            List.of(e("a", 1.0, 1.0, "1"), e("b", 2.0, 2.0, "1"), e("b", 3.0, 3.0, "2")));
    assertThat(groups).extracting(g -> g.estimates().size()).containsExactly(2, 1);
  }
}
