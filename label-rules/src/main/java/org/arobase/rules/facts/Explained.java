package org.arobase.rules.facts;

import org.arobase.core.decision.Reason;

/**
 * A result fact that carries the reason of its decision, so that one insert records both the
 * outcome other rules match on and its explanation (docs/PERFORMANCE.md).
 */
public interface Explained {
  /** @return why the rule decided so */
  Reason reason();
}
