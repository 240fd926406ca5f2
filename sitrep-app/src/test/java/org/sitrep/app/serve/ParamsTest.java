package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query parameters: decoding, absent versus blank, and refusals naming what is allowed. */
class ParamsTest {
  private static final List<String> ALLOWED = List.of("type", "from", "limit", "within");

  @Test
  void decodesPercentAndPlusAndTreatsBlankAsAbsent() {
    Params p = Params.parse("type=air%2Fdrone+strike&from=2018-02-04&limit=", ALLOWED);
    assertThat(p.text("type")).isEqualTo("air/drone strike");
    assertThat(p.date("from")).isEqualTo(LocalDate.of(2018, 2, 4));
    assertThat(p.integer("limit", 7, 1, 10)).isEqualTo(7);
    assertThat(p.text("within")).isNull();
    assertThat(Params.parse(null, ALLOWED).date("from")).isNull();
  }

  @Test
  void refusesUnknownNamesRepeatsAndValuesOutOfRange() {
    assertThatThrownBy(() -> Params.parse("tpye=x", ALLOWED))
        .isInstanceOf(HttpError.class)
        .hasMessage("unknown parameter 'tpye' (allowed: from, limit, type, within)");
    assertThatThrownBy(() -> Params.parse("type=a&type=b", ALLOWED))
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> Params.parse("limit=11", ALLOWED).integer("limit", 5, 1, 10))
        .hasMessage("limit: '11' is not allowed (allowed: a whole number from 1 to 10)");
    assertThatThrownBy(() -> Params.parse("within=-1", ALLOWED).number("within", 0, 100))
        .hasMessageContaining("allowed: a number from 0.0 to 100.0");
    assertThatThrownBy(() -> Params.parse("from=04/02/2018", ALLOWED).date("from"))
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> Params.parse("type=%zz", ALLOWED))
        .isInstanceOf(HttpError.class)
        .hasMessageContaining("percent-encoding");
    assertThat(((HttpError) catchError(() -> Params.parse("x=1", ALLOWED))).status())
        .isEqualTo(400);
  }

  private static Throwable catchError(Runnable r) {
    try {
      r.run();
    } catch (HttpError e) {
      return e;
    }
    throw new AssertionError("no error");
  }
}
