package org.sitrep.core.model;

import java.util.List;
import org.sitrep.core.text.Span;

/**
 * One real-world thing the article mentions, with all its mentions.
 *
 * @param type PERSON, ORGANIZATION, GROUP, LOCATION, NATIONALITY, ...
 * @param name canonical name: the first full mention
 */
public record Entity(
    String id,
    String type,
    String name,
    List<String> aliases,
    List<String> descriptions,
    List<Span> mentions,
    String component) {

  /** Copies the lists. */
  public Entity {
    java.util.Objects.requireNonNull(name, "entity name");
    aliases = List.copyOf(aliases);
    descriptions = List.copyOf(descriptions);
    mentions = List.copyOf(mentions);
  }
}
