package org.arobase.core.jury;

import java.util.List;

/**
 * No plan could be made: the input is not a jury and dossiers that can be planned, or no
 * way of pairing the jurors and sharing out the dossiers meets the rules. The message says
 * why, naming the dossiers and the conflicts at fault.
 */
public final class JuryPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Fewer than two jurors. */
  public static final String TOO_FEW_JURORS = "JURY_TOO_FEW_JURORS";
  /** Two jurors share an id, or an id is blank. */
  public static final String JUROR_ID_INVALID = "JURY_JUROR_ID_INVALID";
  /** Two dossiers share a key. */
  public static final String DOSSIER_DUPLICATE = "JURY_DOSSIER_DUPLICATE";
  /** A dossier has fewer than two jurors free of conflict: no binôme may study it. */
  public static final String DOSSIER_UNCOVERABLE = "JURY_DOSSIER_UNCOVERABLE";
  /** Every pairing of the jurors leaves some dossier without a binôme free of conflict. */
  public static final String NO_PAIRING = "JURY_NO_PAIRING";
  /** Every pairing and sharing that respects the conflicts leaves the workloads beyond the bound. */
  public static final String UNBALANCED = "JURY_UNBALANCED";
  /** The search gave up before proving either way (very large, very constrained juries). */
  public static final String SEARCH_LIMIT = "JURY_SEARCH_LIMIT";

  private final String code;
  private final transient List<String> problems;

  JuryPlanException(String code, List<String> problems) {
    super(String.join("; ", problems));
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** @return a stable code, one of the constants of this class */
  public String code() {
    return code;
  }

  /** @return one sentence per problem, in input order */
  public List<String> problems() {
    return problems;
  }
}
