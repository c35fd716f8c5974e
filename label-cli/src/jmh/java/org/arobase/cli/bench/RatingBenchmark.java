package org.arobase.cli.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.ValidationReport;
import org.arobase.rules.LabelEngine;
import org.arobase.testing.DossierGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of rating one dossier of the synthetic nation, split into its parts: the whole
 * {@link LabelEngine#evaluate}, validation alone, and the plain-Java lower bound. Run with
 * {@code mvn -B -Pjmh -pl label-cli -am verify -DskipTests} (docs/PERFORMANCE.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RatingBenchmark {

  @Param({"60"})
  public int initiatives;

  private LabelEngine engine;
  private DossierValidator validator;
  private LowerBound lowerBound;
  private List<Dossier> sample;

  /** Thread-confined position in the sample. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Builds the engine and 1,000 dossiers of the nation. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = LabelEngine.builder().edition(NationBench.EDITION).build();
    validator = DossierValidator.builder().edition(engine.edition()).matrix(engine.matrix()).build();
    lowerBound = new LowerBound(engine.edition(), engine.matrix());
    DossierGenerator generator = DossierGenerator.forEdition(NationBench.EDITION).initiatives(initiatives, initiatives);
    sample = IntStream.range(0, NationBench.SAMPLE).mapToObj(n -> generator.dossier(NationBench.SEED + n)).toList();
  }

  private Dossier next(Cursor cursor) {
    Dossier d = sample.get(cursor.next);
    cursor.next = cursor.next + 1 == sample.size() ? 0 : cursor.next + 1;
    return d;
  }

  /** @return the decision of the next dossier: validation and rating */
  @Benchmark
  public Decision evaluate(Cursor cursor) {
    return engine.evaluate(next(cursor));
  }

  /** @return the validation report of the next dossier, alone */
  @Benchmark
  public ValidationReport validate(Cursor cursor) {
    return validator.validate(next(cursor));
  }

  /** @return the lower bound's checksum of the next dossier */
  @Benchmark
  public long lowerBound(Cursor cursor) {
    return lowerBound.rate(next(cursor));
  }
}
