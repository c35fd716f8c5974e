package org.arobase.core.validation;

import java.util.Collection;
import org.arobase.core.Dossier;

/**
 * An extra check a {@link DossierValidator} runs after its own, for example the identity of
 * the collectivité against the official geography.
 */
@FunctionalInterface
public interface DossierCheck {
  /**
   * @param dossier the dossier
   * @return the problems found, empty when none
   */
  Collection<Violation> check(Dossier dossier);
}
