package org.sitrep.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Units of measure and currencies as they are written after or before a number, with the canonical
 * name Sitrep stores: ISO 4217 codes for money (https://www.iso.org/iso-4217-currency-codes.html),
 * SI and customary unit names spelt the British way (as the BIPM SI brochure's English text) for
 * the rest.
 */
final class Units {
  private Units() {}

  /** Canonical unit name to its written forms (lower case; plurals are added by rule). */
  private static final Map<String, List<String>> TABLE =
      Map.ofEntries(
          Map.entry("percent", List.of("%", "percent", "per cent", "pct", "pc", "percentage")),
          Map.entry("percentage point", List.of("percentage point", "percent point", "ppt")),
          Map.entry("basis point", List.of("basis point", "bps", "bp")),
          Map.entry("point", List.of("point", "pts")),
          Map.entry("cent", List.of("cent", "¢")),
          Map.entry("sen", List.of("sen")),
          Map.entry("mile", List.of("mile", "mi")),
          Map.entry("inch", List.of("inch", "inches")),
          Map.entry("yard", List.of("yard", "yd", "yds")),
          Map.entry("foot", List.of("foot", "feet", "ft")),
          Map.entry("kilometre", List.of("kilometre", "kilometer", "km", "kms")),
          Map.entry("metre", List.of("metre", "meter", "m")),
          Map.entry("centimetre", List.of("centimetre", "centimeter", "cm")),
          Map.entry("millimetre", List.of("millimetre", "millimeter", "mm")),
          Map.entry("micrometre", List.of("micrometre", "micrometer", "micron", "µm", "μm")),
          Map.entry("nanometre", List.of("nanometre", "nanometer", "nm")),
          Map.entry("square metre", List.of("square metre", "square meter", "sq m", "m2", "m²")),
          Map.entry(
              "square kilometre",
              List.of("square kilometre", "square kilometer", "sq km", "km2", "km²")),
          Map.entry("square mile", List.of("square mile", "sq mi")),
          Map.entry("square foot", List.of("square foot", "square feet", "sq ft")),
          Map.entry("hectare", List.of("hectare", "ha")),
          Map.entry("acre", List.of("acre")),
          Map.entry("cubic foot", List.of("cubic foot", "cubic feet")),
          Map.entry("cubic metre", List.of("cubic metre", "cubic meter")),
          Map.entry("litre", List.of("litre", "liter", "l")),
          Map.entry("millilitre", List.of("millilitre", "milliliter", "ml")),
          Map.entry("gallon", List.of("gallon")),
          Map.entry("barrel", List.of("barrel", "bbl")),
          Map.entry("kilogram", List.of("kilogram", "kg", "kilo")),
          Map.entry("gram", List.of("gram", "gramme", "g")),
          Map.entry("milligram", List.of("milligram", "mg")),
          Map.entry("pound", List.of("pound", "lb", "lbs")),
          Map.entry("ounce", List.of("ounce", "oz")),
          Map.entry("ton", List.of("ton", "tonne", "metric ton")),
          Map.entry("dram", List.of("dram")),
          Map.entry("gigaton", List.of("gigaton", "gigatonne")),
          Map.entry("megaton", List.of("megaton", "megatonne")),
          Map.entry("gigapascal", List.of("gigapascal", "gpa")),
          Map.entry("megabit per second", List.of("mbps", "megabits per second")),
          Map.entry("gigabit per second", List.of("gbps", "gigabits per second")),
          Map.entry("second", List.of("second", "sec", "secs")),
          Map.entry("minute", List.of("minute", "min", "mins")),
          Map.entry("hour", List.of("hour", "hr", "hrs")),
          Map.entry("day", List.of("day")),
          Map.entry("week", List.of("week")),
          Map.entry("month", List.of("month")),
          Map.entry("year", List.of("year", "yr", "yrs", "year-old", "years-old", "years old")),
          Map.entry("decade", List.of("decade")),
          Map.entry("century", List.of("century", "centuries")),
          Map.entry("horsepower", List.of("horsepower", "hp", "bhp")),
          Map.entry("watt", List.of("watt")),
          Map.entry("kilowatt", List.of("kilowatt", "kw")),
          Map.entry("megawatt", List.of("megawatt", "mw")),
          Map.entry("gigawatt", List.of("gigawatt", "gw")),
          Map.entry("kilowatt hour", List.of("kilowatt hour", "kwh")),
          Map.entry("megawatt hour", List.of("megawatt hour", "mwh")),
          Map.entry("gigawatt hour", List.of("gigawatt hour", "gwh")),
          Map.entry("calorie", List.of("calorie", "kcal")),
          Map.entry("volt", List.of("volt")),
          Map.entry("kilovolt", List.of("kilovolt", "kv")),
          Map.entry("hertz", List.of("hertz", "hz")),
          Map.entry("kilohertz", List.of("kilohertz", "khz")),
          Map.entry("megahertz", List.of("megahertz", "mhz")),
          Map.entry("gigahertz", List.of("gigahertz", "ghz")),
          Map.entry("kilobyte", List.of("kilobyte", "kb")),
          Map.entry("megabyte", List.of("megabyte", "mb")),
          Map.entry("gigabyte", List.of("gigabyte", "gb")),
          Map.entry("terabyte", List.of("terabyte", "tb")),
          Map.entry("celsius", List.of("celsius", "°c", "degrees celsius", "degree celsius")),
          Map.entry(
              "fahrenheit", List.of("fahrenheit", "°f", "degrees fahrenheit", "degree fahrenheit")),
          Map.entry("degree", List.of("degree", "°")),
          Map.entry("mile per hour", List.of("mph", "miles per hour", "mile per hour")),
          Map.entry(
              "kilometre per hour",
              List.of("kph", "km/h", "kmh", "kilometres per hour", "kilometers per hour")),
          Map.entry("mile per gallon", List.of("mpg")),
          Map.entry("revolution per minute", List.of("rpm")),
          Map.entry("knot", List.of("knot")),
          Map.entry("megapascal", List.of("megapascal", "mpa")),
          Map.entry("kilopascal", List.of("kilopascal", "kpa")),
          Map.entry("pound per square inch", List.of("psi")),
          Map.entry("kilopound per square inch", List.of("ksi")),
          Map.entry("decibel", List.of("decibel", "db")),
          Map.entry("part per million", List.of("parts per million", "ppm")),
          Map.entry("part per billion", List.of("parts per billion", "ppb")),
          Map.entry("pound-foot", List.of("pound-feet", "pound-foot", "lb-ft")),
          Map.entry("british thermal unit", List.of("btu")),
          Map.entry("mega british thermal unit", List.of("mmbtu")),
          // currencies written after the number
          Map.entry("USD", List.of("dollar", "usd", "us dollar", "u.s. dollar", "american dollar")),
          Map.entry("CAD", List.of("canadian dollar", "cad")),
          Map.entry("AUD", List.of("australian dollar", "aud")),
          Map.entry("NZD", List.of("new zealand dollar", "nzd")),
          Map.entry("HKD", List.of("hong kong dollar", "hkd")),
          Map.entry("SGD", List.of("singapore dollar", "singaporean dollar", "sgd")),
          Map.entry("TWD", List.of("taiwan dollar", "new taiwan dollar", "twd")),
          Map.entry("EUR", List.of("euro", "eur", "€")),
          Map.entry("GBP", List.of("pound sterling", "pounds sterling", "sterling", "gbp", "£")),
          Map.entry("JPY", List.of("yen", "jpy", "¥")),
          Map.entry("CNY", List.of("yuan", "renminbi", "rmb", "cny", "chinese yuan")),
          Map.entry("ILS", List.of("shekel", "new israeli shekel", "nis", "ils")),
          Map.entry("MYR", List.of("ringgit", "myr")),
          Map.entry("DKK", List.of("danish krone", "danish crown", "dkk")),
          Map.entry("NOK", List.of("norwegian krone", "nok")),
          Map.entry("SEK", List.of("swedish krona", "swedish kronor", "sek")),
          Map.entry("INR", List.of("rupee", "indian rupee", "inr")),
          Map.entry("PKR", List.of("pakistani rupee", "pkr")),
          Map.entry("ZAR", List.of("rand", "south african rand", "zar")),
          Map.entry("CHF", List.of("swiss franc", "chf")),
          Map.entry("RUB", List.of("rouble", "ruble")),
          Map.entry("KRW", List.of("won", "south korean won", "krw")),
          Map.entry("MXN", List.of("mexican peso", "mxn")),
          Map.entry("TRY", List.of("lira", "turkish lira")),
          Map.entry("SYP", List.of("syrian pound", "syp")),
          Map.entry("IQD", List.of("iraqi dinar", "iqd")),
          Map.entry("IRR", List.of("rial", "iranian rial", "irr")),
          Map.entry("EGP", List.of("egyptian pound", "egp")),
          Map.entry("NGN", List.of("naira", "ngn")),
          Map.entry("UAH", List.of("hryvnia", "uah")),
          Map.entry("HRK", List.of("kuna", "hrk")),
          Map.entry("BTC", List.of("bitcoin", "btc")));

  /** Currency signs and codes written before the number: "$", "US$", "€", "RM". */
  static final Map<String, String> PREFIX_CURRENCIES =
      Map.ofEntries(
          Map.entry("$", "USD"),
          Map.entry("$us", "USD"),
          Map.entry("$a", "AUD"),
          Map.entry("$c", "CAD"),
          Map.entry("hk $", "HKD"),
          Map.entry("c $", "CAD"),
          Map.entry("a $", "AUD"),
          Map.entry("nz $", "NZD"),
          Map.entry("us$", "USD"),
          Map.entry("us $", "USD"),
          Map.entry("u.s. $", "USD"),
          Map.entry("u.s.$", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("c$", "CAD"),
          Map.entry("cad", "CAD"),
          Map.entry("a$", "AUD"),
          Map.entry("au$", "AUD"),
          Map.entry("aud", "AUD"),
          Map.entry("nz$", "NZD"),
          Map.entry("hk$", "HKD"),
          Map.entry("s$", "SGD"),
          Map.entry("s $", "SGD"),
          Map.entry("nt$", "TWD"),
          Map.entry("€", "EUR"),
          Map.entry("eur", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("gbp", "GBP"),
          Map.entry("¥", "JPY"),
          Map.entry("jpy", "JPY"),
          Map.entry("rmb", "CNY"),
          Map.entry("cny", "CNY"),
          Map.entry("rm", "MYR"),
          Map.entry("rs", "INR"),
          Map.entry("rs.", "INR"),
          Map.entry("₹", "INR"),
          Map.entry("₪", "ILS"),
          Map.entry("chf", "CHF"),
          Map.entry("₽", "RUB"),
          Map.entry("₩", "KRW"),
          Map.entry("₺", "TRY"));

  /** Longest written form, in tokens, worth trying. */
  static final int MAX_TOKENS = 4;

  private static final Map<String, String> FORMS = forms();

  private static Map<String, String> forms() {
    Map<String, String> m = new HashMap<>();
    TABLE.forEach(
        (canon, written) -> {
          for (String w : written) {
            m.put(w, canon);
            if (Character.isLetter(w.charAt(w.length() - 1)) && w.length() >= 3) {
              m.putIfAbsent(plural(w), canon);
            }
          }
        });
    return Map.copyOf(m);
  }

  /** The plural of the last word: "mile" to "miles", "inch" to "inches", "century" to "...ies". */
  private static String plural(String w) {
    if (w.endsWith("ch") || w.endsWith("sh") || w.endsWith("s") || w.endsWith("x")) {
      return w + "es";
    }
    if (w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey")) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  /** The canonical unit of a written form ("miles" gives "mile"), or null. */
  static String lookup(String written) {
    return FORMS.get(written.toLowerCase(Locale.ROOT));
  }

  /** Whether a canonical unit is a currency (an ISO 4217 code). */
  static boolean isCurrency(String canon) {
    return canon != null && canon.length() == 3 && canon.equals(canon.toUpperCase(Locale.ROOT));
  }

  /** Whether the unit is a span of time, so that the figure is a duration. */
  static boolean isTime(String canon) {
    return List.of("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
        .contains(canon);
  }
}
