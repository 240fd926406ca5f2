package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

  private static List<Found> parse(String text) {
    return QuantityParser.parse(text, List.of());
  }

  /** The only quantity of {@code text}; fails when there is not exactly one. */
  private static Found one(String text) {
    List<Found> all = parse(text);
    assertThat(all).as("quantities of %s", text).hasSize(1);
    return all.get(0);
  }

  private static void assertInterval(Found f, Double low, Double high) {
    assertThat(f.interval().low()).as("low").isEqualTo(low);
    assertThat(f.interval().high()).as("high").isEqualTo(high);
  }

  private static String covered(String text, Found f) {
    return text.substring(f.start(), f.end());
  }

  @Test
  void digitsWithSeparatorsAndDecimals() {
    assertInterval(one("They counted 1,500 fighters."), 1500.0, 1500.0);
    assertInterval(one("The index closed at 16369.03."), 16369.03, 16369.03);
  }

  @Test
  void wordsAreRead() {
    assertInterval(one("It killed three dozen people."), 36.0, 36.0);
    assertInterval(one("It cost half a million."), 500000.0, 500000.0);
    assertInterval(one("There were twenty-five guards."), 25.0, 25.0);
    assertInterval(one("A dozen cars burned."), 12.0, 12.0);
    assertInterval(
        one("There are twenty-eight thousand six hundred forty-two students."), 28642.0, 28642.0);
    assertInterval(one("They fired one hundred and five shells."), 105.0, 105.0);
    assertInterval(one("Sales reached 2.5 million units."), 2500000.0, 2500000.0);
    assertInterval(one("A fine of $1.8bn was imposed."), 1.8e9, 1.8e9);
    assertInterval(one("The car costs 25k now."), 25000.0, 25000.0);
  }

  @Test
  void hedgesFollowTheConventionsTable() {
    Found about = one("About 295 Americans traveled.");
    assertInterval(about, 266.0, 325.0);
    assertThat(about.approximate()).isTrue();
    assertThat(covered("About 295 Americans traveled.", about)).isEqualTo("About 295");
    assertInterval(one("Some 40,000 fighters came."), 36000.0, 44000.0);
    assertInterval(one("It rose about 19 per cent."), 17.1, 20.9);
    assertInterval(one("They killed nearly 100 people."), 90.0, 100.0);
    assertInterval(one("Fighters from more than 120 countries."), 121.0, null);
    assertInterval(one("It owns more than 60 per cent."), 60.0, null);
    assertInterval(one("At least 5 died."), 5.0, null);
    assertInterval(one("As many as 1,000 fighters fled."), 0.0, 1000.0);
    assertInterval(one("Up to 1,500 returned."), 0.0, 1500.0);
    assertInterval(one("Fewer than 10 survived."), 0.0, 9.0);
    assertInterval(one("The chips are sub-7 nanometer."), 0.0, 7.0);
    assertThat(one("As many as 1,000 fighters fled.").approximate()).isFalse();
  }

  @Test
  void vagueAmountsAreRanges() {
    assertInterval(one("Hundreds also surrendered."), 200.0, 1000.0);
    assertInterval(one("Thousands of fighters fled."), 2000.0, 10000.0);
    assertInterval(one("They paid tens of thousands of dollars."), 20000.0, 100000.0);
    assertInterval(one("It put the number in the low thousands."), 1000.0, 4000.0);
    assertInterval(one("Dozens of people were killed."), 24.0, 120.0);
    assertInterval(one("Several hundred people marched."), 300.0, 900.0);
    Found f = one("They paid tens of thousands of dollars.");
    assertThat(f.unit()).isEqualTo("USD");
    assertThat(f.approximate()).isTrue();
  }

  @Test
  void rangesAndShiftedScales() {
    Found money = one("Bribes of $20,000 to $30,000 were paid.");
    assertInterval(money, 20000.0, 30000.0);
    assertThat(money.unit()).isEqualTo("USD");
    assertInterval(one("There are between 10 and 15 of them."), 10.0, 15.0);
    assertInterval(one("There are four to five thousand people."), 4000.0, 5000.0);
    assertInterval(one("Fines run from $250,000 to $1 million."), 250000.0, 1000000.0);
    assertInterval(one("It went from 0-to-60-mph quickly."), 0.0, 60.0);
    Found miles = one("A speed of 15-22 miles per hour.");
    assertInterval(miles, 15.0, 22.0);
    assertThat(miles.unit()).isEqualTo("mile per hour");
  }

  @Test
  void aChangeToANewValueIsNoRange() {
    List<Found> all = parse("Shares rose 8.1 percent to 99.20 yuan.");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).unit()).isEqualTo("percent");
    assertThat(all.get(1).unit()).isEqualTo("CNY");
  }

  @Test
  void moneyAndUnits() {
    assertThat(one("It is worth US $58.24 per barrel.").unit()).isEqualTo("USD per barrel");
    assertThat(one("It sold for 1,200€ online.").unit()).isEqualTo("EUR");
    assertThat(one("It costs £24 now.").unit()).isEqualTo("GBP");
    assertThat(one("The price was 7,199 Chinese yuan.").unit()).isEqualTo("CNY");
    assertThat(one("It had 256GB of storage.").unit()).isEqualTo("gigabyte");
    assertThat(one("A top speed of 87 mph.").unit()).isEqualTo("mile per hour");
    assertThat(one("About 140 km/h then.").unit()).isEqualTo("kilometre per hour");
    assertThat(one("The 15 year-old students.").unit()).isEqualTo("year");
    assertThat(one("Reserves are 5 million pounds.").unit()).isEqualTo("GBP");
    assertThat(one("The bag weighs 2 pounds.").unit()).isEqualTo("pound");
    assertThat(one("The 37m-long skeleton.").unit()).isEqualTo("metre");
    Found m = one("It is worth $44m now.");
    assertInterval(m, 44e6, 44e6);
    assertThat(m.unit()).isEqualTo("USD");
    assertThat(one("Deposits of $A82,615,680 fell.").unit()).isEqualTo("AUD");
    assertThat(one("It fell to -5 yards.").interval().low()).isEqualTo(-5.0);
  }

  @Test
  void aBareFigureBeforeOrTakesTheNextUnit() {
    List<Found> all = parse("It costs about 8 or $9.");
    assertThat(all).extracting(Found::unit).containsExactly("USD", "USD");
    assertThat(parse("It fell to $-50.8bn.").get(0).interval().low()).isEqualTo(-5.08e10);
    assertThat(parse("They killed 5 and wounded 10 people."))
        .extracting(Found::unit)
        .containsOnlyNulls();
  }

  @Test
  void percentagesInEveryWriting() {
    for (String s : List.of("It rose 6.5% today.", "It rose 6.5 per cent.", "It rose 6.5pc.")) {
      Found f = one(s);
      assertInterval(f, 6.5, 6.5);
      assertThat(f.unit()).as(s).isEqualTo("percent");
    }
  }

  @Test
  void countsHaveNoUnit() {
    Found f = one("They captured 26 fighters.");
    assertThat(f.unit()).isNull();
    assertThat(f.nounFrom()).isEqualTo("They captured 26".length());
  }

  @Test
  void notQuantities() {
    assertThat(parse("It happened in 2018 and again in June of 2019.")).isEmpty();
    assertThat(parse("She died on September 8 and he on 9 May.")).isEmpty();
    assertThat(parse("The meeting is at 2 p.m. or at 17:22.")).isEmpty();
    assertThat(parse("The 101st Airborne and the 3rd Division moved.")).isEmpty();
    assertThat(parse("Navy F/A-18 fighters and a Galaxy S23 phone.")).isEmpty();
    assertThat(parse("Call 202-555-0123 today.")).isEmpty();
    assertThat(parse("A category 4 hurricane hit.")).isEmpty();
    assertThat(parse("They won in Game 6 and on BBC One.")).isEmpty();
    assertThat(parse("He lived at 49 Zorro Ranch Road.")).isEmpty();
    assertThat(parse("Cases of COVID -19 and 3G networks.")).isEmpty();
  }

  @Test
  void aCapitalInATitleCaseHeadlineNamesNothing() {
    assertInterval(one("Car Bomb Kills 12 Near Baghdad Market\nIt went off."), 12.0, 12.0);
    assertThat(parse("GUNMEN KILLED 7 VILLAGERS ON SUNDAY")).hasSize(1);
    assertThat(parse("The Kills 12 tour began.")).isEmpty();
  }

  @Test
  void proportions() {
    assertThat(parse("It fell 5 in 10 minutes."))
        .extracting(Found::unit)
        .containsExactly(null, "minute");
    Found f = one("More than 4 in 10 said so.");
    assertInterval(f, 0.4, null);
    assertThat(f.unit()).isEqualTo("proportion");
    assertThat(one("One out of three Germans agree.").interval().low())
        .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void codesAndIdiomsAreNoQuantities() {
    assertThat(parse("<tweet id=\"699320266804092929\" datetime=\"2015-12-02\">")).isEmpty();
    assertThat(parse("At one point he left; for one, he was tired.")).isEmpty();
  }

  @Test
  void agesAreMeasuresInYears() {
    Found f = one("Senard, 65, now faces the task.");
    assertThat(f.unit()).isEqualTo("year");
    assertThat(one("Players over the age of 21 left.").unit()).isEqualTo("year");
  }

  @Test
  void aConversionInBracketsSharesTheBound() {
    List<Found> all =
        parse("Customers with more than 7.5 million Danish crowns (US $1.1 million).");
    assertThat(all).hasSize(2);
    assertInterval(all.get(1), 1100000.0, null);
    assertThat(all.get(0).unit()).isEqualTo("DKK");
  }

  @Test
  void scientificNotationAndFractions() {
    assertInterval(one("Light travels 2.998×10−8 meters per second."), 2.998e-8, 2.998e-8);
    assertInterval(one("It needs 1/2 pound of chips."), 0.5, 0.5);
  }

  @Test
  void excludedSpansAreSkipped() {
    String text = "In 3 weeks they came.";
    assertThat(QuantityParser.parse(text, List.of(new int[] {3, 10}))).isEmpty();
    assertThat(QuantityParser.parse(text, List.of())).hasSize(1);
  }
}
