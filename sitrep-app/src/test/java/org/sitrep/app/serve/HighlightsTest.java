package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence spans flattened for the article view. */
class HighlightsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "\"We will hold,\" he said, \"whatever it costs.\" In Raqqa.";

  private static JsonNode record(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  @Test
  void aSplitQuoteIsHighlightedPartByPartAndItsSpeakerByTheEntitysMentions() throws Exception {
    int first = TEXT.indexOf("We will hold,");
    int second = TEXT.indexOf("whatever it costs.");
    int he = TEXT.indexOf("he said");
    JsonNode r =
        record(
            "{'entities':[{'id':'e1','type':'PERSON','name':'Abu Ali','mentions':[{'start':"
                + he
                + ",'end':"
                + (he + 2)
                + ",'text':'he'}],'component':'entity.v1'}],"
                + "'quotes':[{'start':0,'end':"
                + (second + 18)
                + ",'kind':'DIRECT','cue':'said','speaker':{'name':'Abu Ali','entity':'e1'},"
                + "'parts':[{'start':"
                + first
                + ",'end':"
                + (first + 13)
                + ",'text':'We will hold,'},{'start':"
                + second
                + ",'end':"
                + (second + 18)
                + ",'text':'whatever it costs.'}],'component':'quote.v1'}]}");
    List<Highlights.Highlight> hs = Highlights.of(r, TEXT);
    assertThat(hs)
        .extracting(Highlights.Highlight::kind, Highlights.Highlight::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("quote", "We will hold,"),
            org.assertj.core.groups.Tuple.tuple("speaker", "he"),
            org.assertj.core.groups.Tuple.tuple("quote", "whatever it costs."));
    assertThat(hs.get(0).label()).isEqualTo("direct quote by Abu Ali (cue: said)");
    assertThat(hs.get(1).component()).isEqualTo("entity.v1");
  }

  @Test
  void spansOutsideTheTextAreLeftOutAndNestedOnesOrderedOuterFirst() throws Exception {
    int raqqa = TEXT.indexOf("Raqqa");
    JsonNode r =
        record(
            "{'places':[{'name':'Raqqa','lat':35.95,'lon':39.01,'country_code':'SY','mentions':["
                + "{'start':"
                + raqqa
                + ",'end':"
                + (raqqa + 5)
                + ",'text':'Raqqa'},{'start':500,'end':505,'text':'Raqqa'}],'component':'geo.v1'}],"
                + "'events':[{'type':'Battles','evidence':[{'start':"
                + (raqqa - 3)
                + ",'end':"
                + (raqqa + 6)
                + ",'text':'In Raqqa.'}],'component':'event.v1'}],"
                + "'quantities':[{'start':3,'end':2,'text':'x','low':1,'high':1}]}");
    List<Highlights.Highlight> hs = Highlights.of(r, TEXT);
    assertThat(hs).extracting(Highlights.Highlight::kind).containsExactly("event", "place");
    assertThat(hs.get(1).label()).isEqualTo("place: Raqqa, SY at 35.9500, 39.0100");
    assertThat(hs.get(0).label()).isEqualTo("event: Battles");
  }

  @Test
  void aSpeakerQuotedTwiceHasEachMentionHighlightedOnce() throws Exception {
    int he = TEXT.indexOf("he said");
    String speaker = "'speaker':{'name':'Abu Ali','entity':'e1'},'kind':'DIRECT'";
    JsonNode r =
        record(
            "{'entities':[{'id':'e1','type':'PERSON','name':'Abu Ali','mentions':[{'start':"
                + he
                + ",'end':"
                + (he + 2)
                + ",'text':'he'}]}],'quotes':[{'start':1,'end':14,"
                + speaker
                + "},{'start':25,'end':44,"
                + speaker
                + "}]}");
    assertThat(Highlights.of(r, TEXT))
        .extracting(Highlights.Highlight::kind)
        .containsExactly("quote", "speaker", "quote");
  }

  @Test
  void quantityLabelsSayOpenBounds() throws Exception {
    JsonNode r =
        record(
            "{'quantities':[{'start':0,'end':4,'low':12,'counts':'people killed',"
                + "'role':'killed','component':'quantity.v1'}]}");
    assertThat(Highlights.of(r, TEXT).get(0).label())
        .isEqualTo("quantity: at least 12 people killed");
  }
}
