package org.arobase.core.matrix;

import java.util.Set;
import org.arobase.core.Category;

/**
 * One digital service of the matrix; belongs to one enjeu.
 *
 * @param code stable code, e.g. {@code SP.01}
 * @param label French label
 * @param enjeu the code of its enjeu
 * @param reconstructed whether the name is a reconstruction rather than a published name
 * @param notApplicableTo the categories that cannot run this service (scores ignore it for them)
 * @param note where the name comes from, or an empty string
 */
public record Service(
    String code, String label, String enjeu, boolean reconstructed, Set<Category> notApplicableTo, String note) {

  /** Copies the set so that the record stays immutable. */
  public Service {
    notApplicableTo = Set.copyOf(notApplicableTo);
  }

  /**
   * @param category a category
   * @return whether a collectivité of that category can run this service
   */
  public boolean appliesTo(Category category) {
    return !notApplicableTo.contains(category);
  }
}
