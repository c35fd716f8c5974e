package org.arobase.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page at {@code /} as a person uses it, in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): a dossier pasted, the button clicked, the level and the mosaïque shown, or
 * the problems at their pointers; at 390 px (a phone) and 1280 px. Screenshots go to
 * {@code target/page-*.png}. Skipped, saying so, where Chromium or its driver is not installed.
 */
class PageTest {

  static final Path CHROMIUM = Path.of(System.getProperty("arobase.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("arobase.chromedriver", "/usr/bin/chromedriver"));

  static Served served;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "headless Chromium not installed (apt-get install chromium chromium-driver): the page test is skipped");
    // Selenium says on the console that it has no DevTools of this exact Chromium version; none is used.
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.OFF);
    served = Served.start();
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.server.stop();
    }
  }

  static ChromeDriver browser(int width, Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + ",900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withSilent(true).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, 900));
    return driver;
  }

  /** Waits, 30 s at most, until the page shows what is expected. */
  static void until(ChromeDriver driver, java.util.function.Predicate<ChromeDriver> shown) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!shown.test(driver)) {
      assertTrue(System.nanoTime() < deadline, "the page did not show the answer within 30 s");
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Pastes the text into the page's text area, as a person pasting a file's content would. */
  static void paste(ChromeDriver driver, String text) {
    WebElement area = driver.findElement(By.id("dossier"));
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, text);
  }

  static void screenshot(ChromeDriver driver, String name) throws IOException {
    // The whole page: the window grows to the height of the document.
    long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
    int width = driver.manage().window().getSize().getWidth();
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(6_000, height + 120)));
    Path target = Path.of("target", "page-" + name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
  }

  @SuppressWarnings("unchecked")
  static void readable(ChromeDriver driver, int width) {
    JavascriptExecutor js = driver;
    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth;");
    assertTrue(scrollWidth <= clientWidth, "horizontal scroll at " + width + " px: " + scrollWidth + " > " + clientWidth);
    // Every visible text at least 11 px, and its contrast with the background behind it at least 4.5:1.
    List<Map<String, Object>> bad = (List<Map<String, Object>>) js.executeScript(String.join("\n",
        "function rgb(c){var m=c.match(/[\\d.]+/g);return m?m.map(Number):[0,0,0,0];}",
        "function lum(c){var a=[c[0],c[1],c[2]].map(function(v){v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4);});",
        "  return 0.2126*a[0]+0.7152*a[1]+0.0722*a[2];}",
        "function bg(e){while(e){var c=rgb(getComputedStyle(e).backgroundColor);if(c.length<4||c[3]>0)return c;e=e.parentElement;}return [255,255,255];}",
        "var out=[];document.querySelectorAll('body *').forEach(function(e){",
        "  var own=[].some.call(e.childNodes,function(n){return n.nodeType===3&&n.textContent.trim();});",
        "  if(!own||!e.getClientRects().length)return; var s=getComputedStyle(e);",
        "  if(s.visibility==='hidden'||s.display==='none')return;",
        "  var f=parseFloat(s.fontSize),l1=lum(rgb(s.color)),l2=lum(bg(e)),r=(Math.max(l1,l2)+0.05)/(Math.min(l1,l2)+0.05);",
        "  if(f<11||r<4.5)out.push({text:e.textContent.trim().slice(0,40),size:f,ratio:Math.round(r*100)/100});",
        "});return out;"));
    assertEquals(List.of(), bad, "text below 11 px or contrast below 4.5:1 at " + width + " px");
  }

  @Test
  void a_level_and_the_mosaique_at_390_and_1280_px() throws IOException {
    for (int width : List.of(390, 1280)) {
      Path profile = Files.createTempDirectory("arobase-chromium");
      ChromeDriver driver = browser(width, profile);
      try {
        driver.get(served.uri("/").toString());
        assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
        paste(driver, Served.read(Served.SAMPLES.resolve("martigues-2022.json")));
        driver.findElement(By.id("noter")).click();
        until(driver, d -> d.findElement(By.id("resultat")).isDisplayed());
        String level = driver.findElement(By.id("niveau")).getText();
        assertTrue(level.matches("[1-5] @"), level);
        assertEquals(16, driver.findElements(By.cssSelector("#mosaique .enjeu")).size());
        assertTrue(driver.findElement(By.id("mentions")).getText().length() > 0);
        readable(driver, width);
        screenshot(driver, "rate-" + width);
      } finally {
        driver.quit();
      }
    }
  }

  @Test
  void the_problems_at_their_pointers_at_390_px() throws IOException {
    Path profile = Files.createTempDirectory("arobase-chromium");
    ChromeDriver driver = browser(390, profile);
    try {
      driver.get(served.uri("/").toString());
      paste(driver, Served.read(Served.SAMPLES.resolve("invalid/plusieurs-erreurs.json")));
      driver.findElement(By.id("verifier")).click();
      until(driver, d -> d.findElement(By.id("problemes")).isDisplayed());
      List<WebElement> rows = driver.findElements(By.cssSelector("#problemes-liste tr"));
      assertEquals(8, rows.size());
      String all = driver.findElement(By.id("problemes-liste")).getText();
      assertTrue(all.contains("/initiatives/0/services/1") && all.contains("SERVICE_UNKNOWN"), all);
      readable(driver, 390);
      screenshot(driver, "problems-390");
      paste(driver, "{\"edition\": 2022,");
      driver.findElement(By.id("noter")).click();
      until(driver, d -> d.findElement(By.id("problemes-liste")).getText().contains("JSON_SYNTAX"));
    } finally {
      driver.quit();
    }
  }
}
