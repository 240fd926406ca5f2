package org.sitrep.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void keysIgnoreCaseDotsPossessivesAndLeadingThe() {
    assertThat(Names.key("The Islamic State’s")).isEqualTo("islamic state");
    assertThat(Names.key("S.D.F.")).isEqualTo("sdf");
    assertThat(Names.key("Deir al-Zour")).isEqualTo("deir al zour");
  }

  @Test
  void surnamesCompareWithoutTheArabicArticle() {
    assertThat(Names.surname("al-Jubouri")).isEqualTo(Names.surname("Jubouri"));
    assertThat(Names.surname("el-Sisi")).isEqualTo("sisi");
    assertThat(Names.surname("ash-Shami")).isEqualTo("shami");
    // too short to be an article plus a name, or no hyphen: left alone
    assertThat(Names.surname("al-Ma")).isEqualTo("al-ma");
    assertThat(Names.surname("Alison")).isEqualTo("alison");
  }

  @Test
  void initialsSkipFunctionWords() {
    assertThat(Names.initials("Syrian Democratic Forces")).isEqualTo("sdf");
    assertThat(Names.initials("Institute for the Study of War")).isEqualTo("isw");
  }

  @Test
  void acronymsAreShortCapitalLetterRuns() {
    assertThat(Names.isAcronym("S.D.F.")).isTrue();
    assertThat(Names.isAcronym("ISIS")).isTrue();
    assertThat(Names.isAcronym("Syria")).isFalse();
    assertThat(Names.isAcronym("I")).isFalse();
  }

  @Test
  void aliasLexiconMapsKnownActors() {
    assertThat(Lexicon.ALIASES.get(Names.key("ISIL"))).isEqualTo("Islamic State");
    assertThat(Lexicon.ALIASES.get(Names.key("Daesh"))).isEqualTo("Islamic State");
    assertThat(Lexicon.demonym("Syrians")[0]).isEqualTo("SY");
  }
}
