package org.sitrep.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Country outlines for the map: the {@code world-countries} npm package's per-country GeoJSON
 * (mledoze/countries, ODbL 1.0, installed by {@code sitrep setup}) merged into one
 * FeatureCollection for a world map: coordinates rounded to 0.01°, and a point kept only where it
 * lies more than {@link #STEP_DEGREES} from the last kept one (5.1 MB of points become about 1 MB).
 */
final class WorldOutline {
  /** Where the outline comes from, for the UI's footer. */
  static final String CREDIT =
      "Country outlines: world-countries (mledoze/countries), Open Database License (ODbL) 1.0";

  /** The smallest step between kept points, in degrees of latitude or longitude (about 11 km). */
  static final double STEP_DEGREES = 0.1;

  private WorldOutline() {}

  /** What the map gets: the outline as GeoJSON bytes, or why there is none. */
  record Outline(byte[] geojson, String missingReason) {
    boolean available() {
      return geojson != null;
    }
  }

  /** The merged outline of every {@code *.geo.json} in {@code dataDir}, or why there is none. */
  static Outline load(Path dataDir, ObjectMapper json) {
    if (dataDir == null || !Files.isDirectory(dataDir)) {
      return new Outline(
          null,
          "no country outlines at "
              + (dataDir == null ? "(none configured)" : dataDir)
              + ": run ./sitrep setup, which installs the world-countries package");
    }
    ObjectNode fc = json.createObjectNode();
    fc.put("type", "FeatureCollection");
    ObjectNode props = fc.putObject("properties");
    props.put("credit", CREDIT);
    props.put("version", version(dataDir.getParent(), json));
    ArrayNode features = fc.putArray("features");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(dataDir, "*.geo.json")) {
      dir.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + dataDir, e);
    }
    files.sort(null);
    for (Path f : files) {
      JsonNode src;
      try {
        src = json.readTree(f.toFile());
      } catch (IOException e) {
        // one unreadable country leaves a gap in the outline, not a server that will not start
        continue;
      }
      for (JsonNode feature : src.path("features")) {
        JsonNode g = feature.path("geometry");
        ArrayNode polygons = json.createArrayNode();
        switch (g.path("type").asText()) {
          case "Polygon" -> addPolygon(polygons, g.path("coordinates"));
          case "MultiPolygon" -> g.path("coordinates").forEach(p -> addPolygon(polygons, p));
          default -> {
            continue;
          }
        }
        if (polygons.isEmpty()) {
          continue;
        }
        ObjectNode out = features.addObject();
        out.put("type", "Feature");
        out.putObject("properties").put("id", f.getFileName().toString().replace(".geo.json", ""));
        ObjectNode geometry = out.putObject("geometry");
        geometry.put("type", "MultiPolygon");
        geometry.set("coordinates", polygons);
      }
    }
    if (features.isEmpty()) {
      return new Outline(null, "no *.geo.json country outlines in " + dataDir);
    }
    try {
      return new Outline(json.writeValueAsString(fc).getBytes(StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addPolygon(ArrayNode polygons, JsonNode rings) {
    ArrayNode polygon = polygons.arrayNode();
    for (JsonNode ring : rings) {
      ArrayNode r = polygon.arrayNode();
      double lastX = Double.NaN;
      double lastY = Double.NaN;
      int n = ring.size();
      for (int i = 0; i < n; i++) {
        JsonNode pt = ring.get(i);
        double x = Math.round(pt.path(0).asDouble() * 100) / 100.0;
        double y = Math.round(pt.path(1).asDouble() * 100) / 100.0;
        boolean last = i == n - 1;
        boolean far =
            Double.isNaN(lastX)
                || Math.abs(x - lastX) > STEP_DEGREES
                || Math.abs(y - lastY) > STEP_DEGREES;
        // the closing point is kept (GeoJSON rings end where they start)
        if (far || (last && (x != lastX || y != lastY))) {
          r.addArray().add(x).add(y);
          lastX = x;
          lastY = y;
        }
      }
      // a ring needs three distinct corners; smaller islands vanish at this resolution
      if (r.size() >= 4) {
        polygon.add(r);
      } else if (polygon.isEmpty()) {
        return;
      }
    }
    if (!polygon.isEmpty()) {
      polygons.add(polygon);
    }
  }

  private static String version(Path packageDir, ObjectMapper json) {
    try {
      return json.readTree(packageDir.resolve("package.json").toFile()).path("version").asText("?");
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
