package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.api.Test;

/** One engine shared by 8 threads gives the decisions of one thread, in the same order. */
class ConcurrencyTest {

  @Test
  void eightThreadsAndOneGiveIdenticalDecisions() throws Exception {
    LabelEngine engine = Engines.of(2022);
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    List<Dossier> dossiers = LongStream.range(0, 2_000).mapToObj(generator::dossier).toList();
    List<Decision> sequential = dossiers.stream().map(engine::evaluate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Decision>> futures = new ArrayList<>();
      for (Dossier d : dossiers) {
        futures.add(pool.submit(() -> engine.evaluate(d)));
      }
      List<Decision> parallel = new ArrayList<>();
      for (Future<Decision> f : futures) {
        parallel.add(f.get());
      }
      assertEquals(sequential, parallel);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(sequential, engine.evaluateAll(dossiers), "evaluateAll keeps the order");
  }
}
