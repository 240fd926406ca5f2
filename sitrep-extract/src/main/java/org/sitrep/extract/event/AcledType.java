package org.sitrep.extract.event;

/**
 * One ACLED event type and sub-type with its codebook definition.
 *
 * <p>Source: ACLED Codebook (Armed Conflict Location &amp; Event Data Project, 2023 edition),
 * section "Event types and sub-event types"; https://acleddata.com/knowledge-base/codebook/
 */
public enum AcledType {
  /** Two organised armed groups fight. */
  ARMED_CLASH("Battles", "Armed clash", "Armed, organised groups engage in a battle."),
  /** The state regains territory from a non-state group. */
  GOVERNMENT_REGAINS_TERRITORY(
      "Battles",
      "Government regains territory",
      "Government forces or their affiliates regain control of a location through fighting."),
  /** A non-state group takes territory by fighting. */
  NON_STATE_OVERTAKES_TERRITORY(
      "Battles",
      "Non-state actor overtakes territory",
      "A non-state armed group takes control of a location through fighting."),
  /** Chemical weapons. */
  CHEMICAL_WEAPON(
      "Explosions/Remote violence", "Chemical weapon", "Use of chemical weapons in warfare."),
  /** Air or drone strike. */
  AIR_DRONE_STRIKE(
      "Explosions/Remote violence",
      "Air/drone strike",
      "Air or drone strikes, including helicopter attacks, with no ground fighting."),
  /** Suicide bombing. */
  SUICIDE_BOMB(
      "Explosions/Remote violence",
      "Suicide bomb",
      "A bombing in which the bomber is killed by the explosion or intends to be."),
  /** Shelling, artillery, missile attack. */
  SHELLING(
      "Explosions/Remote violence",
      "Shelling/artillery/missile attack",
      "Long-range artillery, mortar, rocket or missile fire."),
  /** Remote explosive, landmine, improvised explosive device. */
  REMOTE_EXPLOSIVE(
      "Explosions/Remote violence",
      "Remote explosive/landmine/IED",
      "Detonation of bombs, mines or improvised explosive devices without a suicide bomber."),
  /** Grenade. */
  GRENADE(
      "Explosions/Remote violence", "Grenade", "Use of a grenade or similar hand-thrown device."),
  /** Sexual violence. */
  SEXUAL_VIOLENCE(
      "Violence against civilians",
      "Sexual violence",
      "Sexual violence against civilians by an organised armed group."),
  /** One-sided attack on civilians. */
  ATTACK_ON_CIVILIANS(
      "Violence against civilians",
      "Attack",
      "An organised armed group attacks unarmed civilians: killing, shooting, beating."),
  /** Abduction or forced disappearance. */
  ABDUCTION(
      "Violence against civilians",
      "Abduction/forced disappearance",
      "Civilians are kidnapped, abducted or made to disappear."),
  /** Peaceful protest. */
  PEACEFUL_PROTEST(
      "Protests", "Peaceful protest", "Demonstrators gather without violence or vandalism."),
  /** Protest with intervention. */
  PROTEST_WITH_INTERVENTION(
      "Protests",
      "Protest with intervention",
      "A peaceful protest dispersed or suppressed by force."),
  /** Violent demonstration. */
  VIOLENT_DEMONSTRATION(
      "Riots",
      "Violent demonstration",
      "Demonstrators engage in violence or destruction of property."),
  /** Mob violence. */
  MOB_VIOLENCE("Riots", "Mob violence", "An unorganised crowd uses violence."),
  /** Agreement. */
  AGREEMENT("Strategic developments", "Agreement", "Ceasefires, peace deals, prisoner exchanges."),
  /** Arrests. */
  ARRESTS("Strategic developments", "Arrests", "Detention or capture of people by an armed actor."),
  /** Change to group or activity, such as surrender or defection. */
  CHANGE_TO_GROUP(
      "Strategic developments",
      "Change to group/activity",
      "A group changes: surrender, defection, merger, new leadership, relocation."),
  /** Disrupted weapons use. */
  DISRUPTED_WEAPONS_USE(
      "Strategic developments",
      "Disrupted weapons use",
      "Weapons seized, explosives defused, attacks foiled."),
  /** Headquarters or base established. */
  HEADQUARTERS_ESTABLISHED(
      "Strategic developments",
      "Headquarters or base established",
      "An armed group establishes a base or headquarters without fighting."),
  /** Looting or property destruction. */
  LOOTING(
      "Strategic developments",
      "Looting/property destruction",
      "Looting, arson or destruction of property without a clash."),
  /** Non-violent transfer of territory. */
  NON_VIOLENT_TRANSFER(
      "Strategic developments",
      "Non-violent transfer of territory",
      "A location changes hands without fighting: withdrawal, handover, a city falls."),
  /** Other strategic development. */
  OTHER_STRATEGIC("Strategic developments", "Other", "Other significant non-violent developments.");

  private final String type;
  private final String subType;
  private final String definition;

  AcledType(String type, String subType, String definition) {
    this.type = type;
    this.subType = subType;
    this.definition = definition;
  }

  /** The ACLED event type, as "Battles". */
  public String type() {
    return type;
  }

  /** The ACLED sub-event type, as "Armed clash". */
  public String subType() {
    return subType;
  }

  /** The codebook definition, paraphrased. */
  public String definition() {
    return definition;
  }
}
