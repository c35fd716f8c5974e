package org.arobase.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The legal obligations the collectivité declares it meets, by code (docs/DOMAIN.md §5): the codes
 * of the millésime's catalogue of obligations ({@link Edition#obligations()}), such as
 * {@code OPEN_DATA} or {@code ACTS_ONLINE}. An obligation not declared is not met; which ones
 * apply depends on the millésime, the population, the staff and the date.
 *
 * <p>The four obligations of the first format ({@code compliance} with four booleans) have their
 * accessors: {@link #openData()}, {@link #accessibilityStatement()}, {@link #electronicProcurement()}
 * and {@link #actsOnline()}.
 */
@Value.Immutable
@LabelStyle
public interface Compliance {

  /** Open data by default (art. L312-1-1 CRPA, loi pour une République numérique, 2016). */
  String OPEN_DATA = "OPEN_DATA";
  /** Actes published online (ordonnance 2021-1310, from 1 July 2022). */
  String ACTS_ONLINE = "ACTS_ONLINE";
  /** A published accessibility statement (art. 47 loi 2005-102, décret 2019-768, RGAA). */
  String ACCESSIBILITY_STATEMENT = "ACCESSIBILITY_STATEMENT";
  /** Electronic procurement on a profil d'acheteur (code de la commande publique, 2018). */
  String ELECTRONIC_PROCUREMENT = "ELECTRONIC_PROCUREMENT";

  /** The codes of the four obligations the first format declares with booleans. */
  List<String> CODES = List.of(OPEN_DATA, ACTS_ONLINE, ACCESSIBILITY_STATEMENT, ELECTRONIC_PROCUREMENT);

  /** @return the codes of the obligations declared met, in the order declared */
  Set<String> obligations();

  /**
   * @param code an obligation's code
   * @return whether the dossier declares it met
   */
  default boolean declares(String code) {
    return obligations().contains(code);
  }

  /** @return whether open data by default is declared */
  default boolean openData() {
    return declares(OPEN_DATA);
  }

  /** @return whether a published accessibility statement is declared */
  default boolean accessibilityStatement() {
    return declares(ACCESSIBILITY_STATEMENT);
  }

  /** @return whether electronic procurement is declared */
  default boolean electronicProcurement() {
    return declares(ELECTRONIC_PROCUREMENT);
  }

  /** @return whether actes published online are declared */
  default boolean actsOnline() {
    return declares(ACTS_ONLINE);
  }

  /** @return a new builder */
  static ImmutableCompliance.Builder builder() {
    return ImmutableCompliance.builder();
  }

  /**
   * @param codes the codes of the obligations declared met
   * @return the declaration
   */
  static Compliance of(String... codes) {
    return builder().addObligations(codes).build();
  }

  /**
   * The declaration of the first format: four booleans.
   *
   * @param openData open data by default
   * @param accessibilityStatement a published accessibility statement
   * @param electronicProcurement electronic procurement
   * @param actsOnline actes published online
   * @return the declaration of those that are {@code true}, in the order of {@link #CODES}
   */
  static Compliance ofFlags(boolean openData, boolean accessibilityStatement, boolean electronicProcurement,
      boolean actsOnline) {
    List<String> codes = new ArrayList<>(4);
    if (openData) {
      codes.add(OPEN_DATA);
    }
    if (actsOnline) {
      codes.add(ACTS_ONLINE);
    }
    if (accessibilityStatement) {
      codes.add(ACCESSIBILITY_STATEMENT);
    }
    if (electronicProcurement) {
      codes.add(ELECTRONIC_PROCUREMENT);
    }
    return builder().addAllObligations(codes).build();
  }

  /** @return a declaration of no obligation met */
  static Compliance none() {
    return builder().build();
  }
}
