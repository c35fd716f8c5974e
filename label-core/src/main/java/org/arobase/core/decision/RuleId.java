package org.arobase.core.decision;

import java.util.Objects;
import org.arobase.core.Distinction;

/**
 * The stable id of a rule that decides something, read once into its parts: the concern it
 * belongs to (its first segment) and, for a level criterion, the level it is a criterion of.
 * Ids are dotted upper-case words: {@code ELIGIBILITY.<initiative id>}, {@code LEVEL.4.MIN_SCORE},
 * {@code LEVEL.1.FLOOR}, {@code LEVEL.CAP}, {@code OBLIGATION.OPEN_DATA},
 * {@code MENTION.TRANSITION_ECOLOGIQUE}, {@code DISTINCTION.TERRITOIRE_EXCELLENCE_NUMERIQUE};
 * a rule file of one's own may use any other first segment (e.g. {@code USER.CYBERSECURITE}).
 *
 * @param value the id as written in reasons and JSON
 */
public record RuleId(String value) implements Comparable<RuleId> {

  /** What a rule decides, from the first segment of its id, in the order decisions list them. */
  public enum Concern {
    /** {@code ELIGIBILITY.*}: whether an initiative counts. */
    ELIGIBILITY,
    /** {@code LEVEL.*}: the level's criteria, floor and ceiling. */
    LEVEL,
    /** {@code OBLIGATION.*}: the legal obligations. */
    OBLIGATION,
    /** {@code MENTION.*}: the thematic mentions. */
    MENTION,
    /** {@code DISTINCTION.*}: the distinctions proposed to the jury. */
    DISTINCTION,
    /** Any other id, such as the rules of a file of one's own. */
    OTHER
  }

  /** The id of the level's ceiling set by a missing legal obligation. */
  public static final RuleId LEVEL_CAP = new RuleId("LEVEL.CAP");
  /** The id of the floor: every rated dossier gets at least 1@. */
  public static final RuleId LEVEL_FLOOR = new RuleId("LEVEL.1.FLOOR");

  /** Checks that the id is not blank. */
  public RuleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a rule id is not blank");
    }
  }

  /**
   * @param value an id as written, e.g. {@code LEVEL.4.MIN_SCORE}
   * @return the id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * @param initiativeId an initiative's id
   * @return {@code ELIGIBILITY.<id>}, the id of that initiative's verdict
   */
  public static RuleId eligibility(String initiativeId) {
    return new RuleId("ELIGIBILITY." + initiativeId);
  }

  /**
   * @param level a level, 1 to 5
   * @param criterion the criterion, e.g. {@code MIN_SCORE}
   * @return {@code LEVEL.<level>.<criterion>}
   */
  public static RuleId level(int level, String criterion) {
    return new RuleId("LEVEL." + level + "." + criterion);
  }

  /**
   * @param code an obligation's code, e.g. {@code OPEN_DATA}
   * @return {@code OBLIGATION.<code>}
   */
  public static RuleId obligation(String code) {
    return new RuleId("OBLIGATION." + code);
  }

  /**
   * @param code a mention's code
   * @return {@code MENTION.<code>}
   */
  public static RuleId mention(String code) {
    return new RuleId("MENTION." + code);
  }

  /**
   * @param distinction a distinction
   * @return {@code DISTINCTION.<name>}
   */
  public static RuleId distinction(Distinction distinction) {
    return new RuleId("DISTINCTION." + distinction.name());
  }

  /** @return the concern named by the id's first segment, before its first dot; {@link Concern#OTHER} for any other */
  public Concern concern() {
    // Prefix tests rather than a substring: reasons are sorted by concern in every rating.
    if (value.startsWith("ELIGIBILITY.")) {
      return Concern.ELIGIBILITY;
    }
    if (value.startsWith("LEVEL.")) {
      return Concern.LEVEL;
    }
    if (value.startsWith("OBLIGATION.")) {
      return Concern.OBLIGATION;
    }
    if (value.startsWith("MENTION.")) {
      return Concern.MENTION;
    }
    return value.startsWith("DISTINCTION.") ? Concern.DISTINCTION : Concern.OTHER;
  }

  /**
   * @return the level of a criterion id {@code LEVEL.<n>.<criterion>} (n from 1 to 5), or 0 for
   *     any other id, {@link #LEVEL_CAP} included
   */
  public int level() {
    if (value.length() > 7 && value.startsWith("LEVEL.") && value.charAt(7) == '.') {
      char n = value.charAt(6);
      return n >= '1' && n <= '5' ? n - '0' : 0;
    }
    return 0;
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
