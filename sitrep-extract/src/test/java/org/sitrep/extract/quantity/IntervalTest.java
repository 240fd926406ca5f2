package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void aboutWidensWholeCountsOutwards() {
    assertThat(Interval.of(Hedge.ABOUT, 50, true)).isEqualTo(new Interval(45.0, 55.0));
    assertThat(Interval.of(Hedge.ABOUT, 295, true)).isEqualTo(new Interval(266.0, 325.0));
    assertThat(Interval.of(Hedge.ABOUT, 1.5, false)).isEqualTo(new Interval(1.35, 1.65));
  }

  @Test
  void boundsOpenOneSide() {
    assertThat(Interval.of(Hedge.MORE_THAN, 120, true)).isEqualTo(new Interval(121.0, null));
    assertThat(Interval.of(Hedge.MORE_THAN, 60, false)).isEqualTo(new Interval(60.0, null));
    assertThat(Interval.of(Hedge.AT_LEAST, 5, true)).isEqualTo(new Interval(5.0, null));
    assertThat(Interval.of(Hedge.UP_TO, 1500, true)).isEqualTo(new Interval(0.0, 1500.0));
    assertThat(Interval.of(Hedge.LESS_THAN, 10, true)).isEqualTo(new Interval(0.0, 9.0));
    assertThat(Interval.of(Hedge.LESS_THAN, 8.9, false)).isEqualTo(new Interval(0.0, 8.9));
  }

  @Test
  void rangesAreOrdered() {
    assertThat(Interval.range(4.8, 4.7)).isEqualTo(new Interval(4.7, 4.8));
    assertThatThrownBy(() -> new Interval(2.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
  }
}
