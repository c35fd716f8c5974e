package org.arobase.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;

/**
 * A self-contained HTML page for one dossier: the collectivité, its level drawn as the
 * <em>panneau</em> (the green @ when the transition écologique mention applies), the
 * <em>mosaïque</em> of the 16 enjeux with the legend of its colours, what is missing for the next
 * level, for each enjeu the services covered (by which initiatives) and those missing, the reasons
 * and the ignored initiatives. No external resource: the page opens offline, reads on a phone and
 * prints on A4.
 *
 * <p>The page is in French by default, or in English ({@link #render(Dossier, Decision, Locale)});
 * its wording is in {@code org/arobase/report/messages_fr.properties} and {@code messages_en.properties}.
 * The labels of the matrix, the mentions and the distinctions, and for now the decision's reasons,
 * are French in both.
 *
 * <p>The page comes from jte templates compiled to Java when arobase is built, which escape every
 * text of the dossier for HTML; the style sheet {@code org/arobase/report/report.css} is inlined.
 * Thread-safe: the methods may be called from several threads at once.
 *
 * <pre>{@code
 * Decision decision = LabelEngine.builder().edition(2022).build().evaluate(dossier);
 * String html = DecisionReport.render(dossier, decision);
 * }</pre>
 */
public final class DecisionReport {

  /** The templates precompiled into this package (jte-maven-plugin), loaded by this class's loader. */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
      DecisionReport.class.getClassLoader(), DecisionReport.class.getPackageName());
  private static final String PAGE = "report.jte";
  private static final String STYLE = readStyle();

  private DecisionReport() {}

  /**
   * @param dossier the rated dossier
   * @param decision its decision
   * @return the HTML page, in French
   */
  public static String render(Dossier dossier, Decision decision) {
    return render(dossier, decision, Locale.FRENCH);
  }

  /**
   * @param dossier the rated dossier
   * @param decision its decision
   * @param locale the page's language: English for an English locale, French for any other
   * @return the HTML page
   */
  public static String render(Dossier dossier, Decision decision, Locale locale) {
    StringOutput out = new StringOutput(65_536);
    TEMPLATES.render(PAGE, parameters(dossier, decision, locale), out);
    return out.toString();
  }

  /**
   * Writes the page, in French, to {@code out}, which is neither flushed nor closed.
   *
   * @param dossier the rated dossier
   * @param decision its decision
   * @param out where to write the page
   * @throws IOException if {@code out} cannot be written
   */
  public static void render(Dossier dossier, Decision decision, Writer out) throws IOException {
    render(dossier, decision, Locale.FRENCH, out);
  }

  /**
   * Writes the page to {@code out}, which is neither flushed nor closed.
   *
   * @param dossier the rated dossier
   * @param decision its decision
   * @param locale the page's language: English for an English locale, French for any other
   * @param out where to write the page
   * @throws IOException if {@code out} cannot be written
   */
  public static void render(Dossier dossier, Decision decision, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    try {
      TEMPLATES.render(PAGE, parameters(dossier, decision, locale), new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private static Map<String, Object> parameters(Dossier dossier, Decision decision, Locale locale) {
    return Map.of("view", new ReportView(Objects.requireNonNull(dossier, "dossier"),
        Objects.requireNonNull(decision, "decision"), locale), "style", STYLE);
  }

  private static String readStyle() {
    try (InputStream in = DecisionReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("org/arobase/report/report.css is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/arobase/report/report.css", e);
    }
  }
}
