package org.arobase.report.palmares;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.arobase.core.palmares.Palmares;

/**
 * The palmarès as one self-contained HTML page: the summary, a map of France coloured by the
 * number of labelled collectivités of each département (with the overseas départements in
 * insets), the distribution by arobases, the collectivités per region, a table per region and the
 * names to check. No script and no external resource: the page opens offline, reads on a phone
 * (390 px) as on a desktop, and prints on A4.
 *
 * <p>The page is in French by default and in English on request ({@link Locale#ENGLISH}); its
 * wording is in {@code org/arobase/report/palmares/messages_fr.properties} and
 * {@code messages_en.properties}. It comes from jte templates compiled to Java when arobase is
 * built, which escape every text of the palmarès for HTML; the style sheet
 * {@code org/arobase/report/palmares/palmares.css} is inlined. The map's contours and their sources
 * are described in docs/PALMARES.md. Thread-safe.
 *
 * <pre>{@code
 * Palmares palmares = Palmares.importList(Path.of("examples/data/palmares-2020.tsv"));
 * String french = PalmaresPage.render(palmares, Locale.FRENCH);
 * String english = PalmaresPage.render(palmares, Locale.ENGLISH);
 * }</pre>
 */
public final class PalmaresPage {

  /** The templates precompiled under {@code org.arobase.report} (jte-maven-plugin), this one in {@code palmares/}. */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
      PalmaresPage.class.getClassLoader(), "org.arobase.report");
  private static final String PAGE = "palmares/page.jte";
  private static final String STYLE = readStyle();

  private PalmaresPage() {}

  /**
   * @param palmares the palmarès
   * @param locale the language of the page: English for a locale whose language is English, French otherwise
   *     (and for {@code null})
   * @return the HTML page
   */
  public static String render(Palmares palmares, Locale locale) {
    StringOutput out = new StringOutput(128 * 1024);
    TEMPLATES.render(PAGE, parameters(palmares, locale), out);
    return out.toString();
  }

  /**
   * Writes the page to {@code out}, which is neither flushed nor closed.
   *
   * @param palmares the palmarès
   * @param locale the language of the page, as for {@link #render(Palmares, Locale)}
   * @param out where to write the page
   * @throws IOException if {@code out} cannot be written
   */
  public static void render(Palmares palmares, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    // Rendered whole first: a failure of the writer is then an IOException, never half a page from a template error.
    out.write(render(palmares, locale));
  }

  private static Map<String, Object> parameters(Palmares palmares, Locale locale) {
    return Map.of("view", new PalmaresView(Objects.requireNonNull(palmares, "palmares"), locale), "style", STYLE);
  }

  private static String readStyle() {
    String name = "palmares.css";
    try (InputStream in = PalmaresPage.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, () -> "org/arobase/report/palmares/" + name + " is missing").readAllBytes(),
          StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/arobase/report/palmares/" + name, e);
    }
  }
}
