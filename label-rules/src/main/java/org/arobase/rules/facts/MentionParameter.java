package org.arobase.rules.facts;

import java.util.List;
import org.arobase.core.Mention;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * The criteria of one mention of the millésime's catalogue (parameter fact).
 *
 * @param mention the mention
 * @param enjeu the enjeu whose score is measured
 * @param services when not empty, only initiatives listing one of these services count
 * @param minInitiatives the least number of eligible initiatives counted
 * @param minScore the least score of the enjeu, 0 to 1
 * @param countedServices the services whose initiatives count: {@code services}, or every service
 *     of the enjeu when it is empty; filled in by {@link #countedIn(ServiceMatrix)}
 */
public record MentionParameter(
    Mention mention, String enjeu, List<String> services, int minInitiatives, double minScore,
    List<String> countedServices) {

  /** Copies the lists. */
  public MentionParameter {
    services = List.copyOf(services);
    countedServices = List.copyOf(countedServices);
  }

  /**
   * @param matrix the matrix of the millésime
   * @return this parameter with the services whose initiatives count
   */
  public MentionParameter countedIn(ServiceMatrix matrix) {
    List<String> counted = !services.isEmpty() ? services
        : matrix.findEnjeu(enjeu).map(e -> matrix.services(e).stream().map(Service::code).toList()).orElse(List.of());
    return new MentionParameter(mention, enjeu, services, minInitiatives, minScore, counted);
  }

  /** @return the mention's code */
  public String code() {
    return mention.code();
  }
}
