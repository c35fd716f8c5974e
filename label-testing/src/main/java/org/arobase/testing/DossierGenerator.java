package org.arobase.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.Identifiers;
import org.arobase.core.ImmutableCollectivity;
import org.arobase.core.ImmutableInitiative;
import org.arobase.core.ImmutablePastLabel;
import org.arobase.core.Initiative;
import org.arobase.core.Location;
import org.arobase.core.Operator;
import org.arobase.core.PastLabel;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * Generates valid dossiers for one millésime, the same dossier for the same seed on any
 * machine. Dossiers range from a village with one initiative to a métropole covering every
 * enjeu, with histories long enough to reach the distinctions, so that every level and
 * mention is reachable. Immutable and thread-safe; options return a new generator.
 */
public final class DossierGenerator {

  private static final String[] DEPARTEMENTS = {
    "01", "06", "13", "19", "21", "29", "2A", "2B", "31", "33", "35", "38", "42", "44", "59", "62",
    "67", "69", "70", "75", "76", "78", "84", "87", "92", "93", "971", "972", "974"
  };
  private static final String[] REGIONS = {
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Grand Est", "Hauts-de-France",
    "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur", "Corse", "Guadeloupe", "Martinique", "La Réunion"
  };
  private static final String[] NAME_STARTS = {
    "Saint-", "Villeneuve-", "Mont", "Beau", "Val-", "Fontaine-", "Bourg-", "Roche", "Clos-", "Pré-"
  };
  private static final String[] NAME_ENDS = {
    "Martin", "sur-Loire", "ferrand", "lieu", "d'Oise", "les-Bains", "fort", "la-Forêt", "mont", "Vallée"
  };
  private static final String[] TOPICS = {
    "Portail citoyen", "Application mobile", "Espace numérique", "Plateforme participative",
    "Atelier de médiation", "Capteurs connectés", "Carte interactive", "Tiers-lieu", "Guichet unique",
    "Open data", "École numérique", "Billetterie en ligne"
  };
  private static final String[] TAGS = {"citoyenneté", "jeunesse", "seniors", "écologie", "culture", "emploi"};

  private final Edition edition;
  private final ServiceMatrix matrix;
  private final int minInitiatives;
  private final int maxInitiatives;
  private final double ineligibleShare;

  private DossierGenerator(
      Edition edition, ServiceMatrix matrix, int minInitiatives, int maxInitiatives, double ineligibleShare) {
    this.edition = edition;
    this.matrix = matrix;
    this.minInitiatives = minInitiatives;
    this.maxInitiatives = maxInitiatives;
    this.ineligibleShare = ineligibleShare;
  }

  /**
   * The declared obligations: the four of the first format drawn in a fixed order, so that a seed
   * gives the same dossier as ever, then each further obligation of the millésime's catalogue.
   */
  private static Compliance compliance(SplittableRandom random, Edition edition) {
    boolean openData = random.nextDouble() < 0.8;
    boolean accessibility = random.nextDouble() < 0.85;
    boolean procurement = random.nextDouble() < 0.9;
    boolean actsOnline = random.nextDouble() < 0.85;
    Compliance first = Compliance.ofFlags(openData, accessibility, procurement, actsOnline);
    List<String> more = new ArrayList<>();
    for (var obligation : edition.obligations()) {
      if (!Compliance.CODES.contains(obligation.code()) && random.nextDouble() < 0.8) {
        more.add(obligation.code());
      }
    }
    return more.isEmpty() ? first : Compliance.builder().from(first).addAllObligations(more).build();
  }

  /**
   * @param year a millésime known to {@link Edition#of(int)}
   * @return a generator of dossiers with 1 to 60 initiatives, a tenth of them ineligible
   */
  public static DossierGenerator forEdition(int year) {
    Edition edition = Edition.of(year);
    return new DossierGenerator(edition, ServiceMatrix.bundled(edition.matrixVersion()), 1, 60, 0.1);
  }

  /**
   * @param edition a millésime
   * @param matrix the matrix its dossiers are classified in
   * @return a generator with the default options
   */
  public static DossierGenerator of(Edition edition, ServiceMatrix matrix) {
    return new DossierGenerator(edition, matrix, 1, 60, 0.1);
  }

  /**
   * @param min the fewest initiatives, at least 1
   * @param max the most initiatives, at least {@code min}
   * @return a generator with that range
   */
  public DossierGenerator initiatives(int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("initiatives range " + min + ".." + max + " is not 1 ≤ min ≤ max");
    }
    return new DossierGenerator(edition, matrix, min, max, ineligibleShare);
  }

  /**
   * @param share the probability, 0 to 1, that an initiative after the first is ineligible
   * @return a generator with that share
   */
  public DossierGenerator ineligibleShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share " + share + " is not within 0..1");
    }
    return new DossierGenerator(edition, matrix, minInitiatives, maxInitiatives, share);
  }

  /** @return the millésime of the generated dossiers */
  public Edition edition() {
    return edition;
  }

  /** @return the matrix of the generated dossiers */
  public ServiceMatrix matrix() {
    return matrix;
  }

  /**
   * @param seed any number; the same seed gives the same dossier
   * @return a valid dossier
   */
  public Dossier dossier(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Collectivity collectivity = collectivity(random);
    Category category = Category.of(collectivity, edition.villagePopulationThreshold());
    // Breadth drives how many enjeux the dossier touches, so that levels 1 to 5 all occur.
    double breadth = random.nextDouble();
    List<Enjeu> focus = focus(random, breadth);
    int count = minInitiatives + random.nextInt(maxInitiatives - minInitiatives + 1);
    List<Initiative> initiatives = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean eligible = i == 0 || random.nextDouble() >= ineligibleShare;
      String id = "i" + (i + 1);
      initiatives.add(eligible
          ? eligible(random, id, category, focus)
          : ineligible(random, id, category, focus));
    }
    return Dossier.builder()
        .edition(edition.year())
        .collectivity(collectivity)
        .submittedOn(between(random, edition.filingOpens(), edition.filingCloses()))
        .history(history(random, breadth))
        .compliance(compliance(random, edition))
        .initiatives(initiatives)
        .build();
  }

  /**
   * @param dossier a dossier of this generator's millésime
   * @param seed any number
   * @return a new initiative that counts for the millésime, with an id the dossier does not use
   */
  public Initiative eligibleInitiative(Dossier dossier, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Category category = Category.of(dossier.collectivity(), edition.villagePopulationThreshold());
    return eligible(random, freshId(dossier, seed), category, matrix.enjeux());
  }

  /**
   * @param dossier a dossier of this generator's millésime
   * @param seed any number
   * @return a new initiative that the rating ignores, with an id the dossier does not use
   */
  public Initiative ineligibleInitiative(Dossier dossier, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Category category = Category.of(dossier.collectivity(), edition.villagePopulationThreshold());
    return ineligible(random, freshId(dossier, seed), category, matrix.enjeux());
  }

  private static String freshId(Dossier dossier, long seed) {
    Set<String> used = new HashSet<>();
    dossier.initiatives().forEach(i -> used.add(i.id()));
    String base = "g" + Long.toUnsignedString(seed, 36);
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private Collectivity collectivity(SplittableRandom random) {
    String region = REGIONS[random.nextInt(REGIONS.length)];
    if (random.nextDouble() < 0.15) {
      int population = 5_000 + (int) Math.min(1_500_000, Math.exp(8.5 + 2.2 * random.nextDouble() * 2.2));
      return Collectivity.builder()
          .code(siren(random))
          .name(random.nextBoolean() ? "Communauté de communes " + name(random) : "CA " + name(random))
          .kind(CollectivityKind.INTERCOMMUNALITE)
          .population(population)
          .agents(Math.round(population / 90.0))
          .departement(DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)])
          .region(region)
          .build();
    }
    String departement = DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)];
    String code = departement + String.format("%0" + (5 - departement.length()) + "d",
        1 + random.nextInt(departement.length() == 3 ? 99 : 999));
    // Log-uniform from 45 inhabitants (the smallest village labelled) to 500,000.
    int population = (int) Math.round(Math.exp(Math.log(45) + random.nextDouble() * Math.log(500_000 / 45.0)));
    ImmutableCollectivity.Builder builder = Collectivity.builder()
        .code(code)
        .name(name(random))
        .kind(CollectivityKind.COMMUNE)
        .population(population)
        .departement(departement)
        .region(region);
    if (random.nextDouble() < 0.6) {
      builder.agents(Math.round(population / 70.0 * 10) / 10.0);
    }
    if (random.nextDouble() < 0.2) {
      builder.category(random.nextBoolean() ? Category.VILLAGE : Category.VILLE);
    }
    return builder.build();
  }

  private static String siren(SplittableRandom random) {
    StringBuilder digits = new StringBuilder("2");
    for (int i = 0; i < 7; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString() + Identifiers.luhnCheckDigit(digits.toString());
  }

  private static String name(SplittableRandom random) {
    return NAME_STARTS[random.nextInt(NAME_STARTS.length)] + NAME_ENDS[random.nextInt(NAME_ENDS.length)];
  }

  private List<Enjeu> focus(SplittableRandom random, double breadth) {
    List<Enjeu> all = new ArrayList<>(matrix.enjeux());
    int size = Math.max(1, (int) Math.ceil(breadth * all.size()));
    List<Enjeu> chosen = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      chosen.add(all.remove(random.nextInt(all.size())));
    }
    return chosen;
  }

  private List<PastLabel> history(SplittableRandom random, double breadth) {
    int span = edition.year() - 2000;
    int count = random.nextInt(Math.min(span, 12) + 1);
    Set<Integer> years = new LinkedHashSet<>();
    // Recent millésimes first: strong dossiers often have an unbroken run of labels.
    for (int year = edition.year() - 1; years.size() < count && year >= 2000; year--) {
      if (random.nextDouble() < 0.85) {
        years.add(year);
      }
    }
    List<PastLabel> history = new ArrayList<>();
    for (int year : years) {
      int level = Math.max(1, Math.min(5, (int) Math.round(1 + breadth * 4 + random.nextGaussian() * 0.7)));
      ImmutablePastLabel.Builder label = PastLabel.builder().edition(year).arobases(level);
      if (level == 5 && year >= 2021 && random.nextDouble() < 0.2) {
        label.addDistinctions(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE);
      }
      history.add(label.build());
    }
    return history;
  }

  private Initiative eligible(SplittableRandom random, String id, Category category, List<Enjeu> focus) {
    LocalDate reference = edition.referenceDate();
    LocalDate start = between(random, reference.minusYears(6), reference);
    ImmutableInitiative.Builder builder = base(random, id, category, focus).startedOn(start);
    if (random.nextDouble() < 0.3) {
      LocalDate oldestEnd = reference.minus(edition.eligibilityPeriod()).plusDays(1);
      LocalDate from = start.isAfter(oldestEnd) ? start : oldestEnd;
      builder.endedOn(between(random, from, reference.plusMonths(6)));
    }
    return builder.build();
  }

  private Initiative ineligible(SplittableRandom random, String id, Category category, List<Enjeu> focus) {
    LocalDate reference = edition.referenceDate();
    ImmutableInitiative.Builder builder = base(random, id, category, focus);
    switch (random.nextInt(3)) {
      case 0 -> builder.startedOn(between(random, reference.plusDays(1), reference.plusMonths(8)));
      case 1 -> {
        LocalDate end = between(random, reference.minusYears(8), reference.minus(edition.eligibilityPeriod()));
        builder.startedOn(between(random, end.minusYears(3), end)).endedOn(end);
      }
      default -> builder.startedOn(between(random, reference.minusYears(3), reference)).operator(Operator.OTHER);
    }
    return builder.build();
  }

  private ImmutableInitiative.Builder base(SplittableRandom random, String id, Category category, List<Enjeu> focus) {
    Enjeu enjeu = focus.get(random.nextInt(focus.size()));
    List<Service> candidates = matrix.applicableServices(enjeu, category);
    if (candidates.isEmpty()) {
      candidates = matrix.services().stream().filter(s -> s.appliesTo(category)).toList();
    }
    Set<String> services = new LinkedHashSet<>();
    int wanted = 1 + (random.nextDouble() < 0.3 ? random.nextInt(3) : 0);
    for (int i = 0; i < wanted; i++) {
      services.add(candidates.get(random.nextInt(candidates.size())).code());
    }
    Operator[] counted = {Operator.COLLECTIVITY, Operator.COLLECTIVITY, Operator.FUNDED_ASSOCIATION,
        Operator.DELEGATE, Operator.CONTRACTOR};
    ImmutableInitiative.Builder builder = Initiative.builder()
        .id(id)
        .title(TOPICS[random.nextInt(TOPICS.length)] + " — " + enjeu.label().toLowerCase(java.util.Locale.FRENCH))
        .addAllServices(services)
        .operator(counted[random.nextInt(counted.length)]);
    if (random.nextDouble() < 0.5) {
      builder.summary("Initiative « " + id + " » de l'enjeu " + enjeu.label() + ".");
    }
    if (random.nextDouble() < 0.5) {
      builder.location(new Location(
          Math.round((42.5 + random.nextDouble() * 8.5) * 1e5) / 1e5,
          Math.round((-4.5 + random.nextDouble() * 12.5) * 1e5) / 1e5));
    }
    if (random.nextDouble() < 0.4) {
      builder.addLinks("https://www.example.fr/initiatives/" + id);
    }
    if (random.nextDouble() < 0.3) {
      builder.addTags(TAGS[random.nextInt(TAGS.length)]);
    }
    return builder;
  }

  private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }
}
