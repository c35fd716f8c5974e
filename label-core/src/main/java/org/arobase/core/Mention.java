package org.arobase.core;

import java.util.Objects;

/**
 * A thematic mention of a millésime's catalogue, such as <em>numérique éducatif</em> or the
 * <em>arobase verte</em> (transition écologique).
 *
 * @param code stable upper-case code, e.g. {@code TRANSITION_ECOLOGIQUE}
 * @param label French label as published
 */
public record Mention(String code, String label) {
  /** Checks that both parts are present. */
  public Mention {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
