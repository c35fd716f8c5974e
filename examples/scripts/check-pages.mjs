// Checks HTML pages of arobase in headless Chromium the way a person would look at them: on a
// 390 px phone, a 1280 px desktop and A4 paper. Run by check-pages.sh, which writes the pages and
// the manifest this script reads:
//   node check-pages.mjs MANIFEST.json SCREENSHOT_DIR [--strict]
// The manifest is a JSON array of {"name", "html", "dossier"?}: "dossier" is the JSON file the
// page reports on (its initiatives must all be named), absent for other pages (the palmarès).
// Prints one line per failure, then a summary table; exits 1 when anything failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const MIN_FONT = 11;        // px, as rendered
const MIN_CONTRAST = 4.5;   // WCAG 2.1 AA, normal text
const MAX_WIDTH = 400;      // px, document width on a 390 px phone
const MAX_PAGES = 4;        // A4 pages in print
const A4_CONTENT = 720;     // px: about the width of an A4 page less its margins, for the print screenshot

const [manifestFile, shots, ...flags] = process.argv.slice(2);
if (!manifestFile || !shots) {
  console.error('usage: node check-pages.mjs MANIFEST.json SCREENSHOT_DIR [--strict]');
  process.exit(2);
}
// --strict: the plural slips of the decision's own texts (its reasons, shown as they are) fail too.
const strict = flags.includes('--strict');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
fs.mkdirSync(shots, { recursive: true });

const VIEWS = [
  { name: '390', width: 390, height: 844, media: 'screen', mobile: true },
  { name: '1280', width: 1280, height: 900, media: 'screen', mobile: false },
  { name: 'print', width: A4_CONTENT, height: 1000, media: 'print', mobile: false },
];

// Nouns whose plural after 0 or 1 is a slip in French (0 and 1 are singular), after 1 in English.
const NOUNS = 'initiatives|axes|enjeux|services|labels|arobases|habitants|inhabitants|mentions|distinctions|'
  + 'obligations|raisons|reasons|couverts|touchés|retenues|manquants|dossiers|collectivités|communes|points|jurés';
const SLIP_FR = new RegExp(`(?<![\\d.,])\\b[01]\\s(?:${NOUNS})\\b`, 'gu');
const SLIP_EN = new RegExp(`(?<![\\d.,])\\b1\\s(?:${NOUNS})\\b`, 'gu');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const ENGLISH_IN_FRENCH = /\b(?:MET|MISSED|NOT_APPLICABLE|met|missed|not applicable)\b/g;

const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'arobase-check-'));
const browser = await puppeteer.launch({
  executablePath: browserPath,
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});

const failures = [];
const rows = [];
try {
  for (const entry of manifest) {
    rows.push(await check(entry));
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

for (const f of failures) {
  console.log(`FAIL ${f}`);
}
printTable(rows);
process.exit(failures.length ? 1 : 0);

async function check(entry) {
  const fail = (what) => failures.push(`${entry.name}: ${what}`);
  const row = { name: entry.name, failures: 0 };
  const before = failures.length;
  const page = await browser.newPage();
  // No network: the pages must be self-contained.
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('file:') || r.url().startsWith('data:') ? r.continue() : r.abort()));
  const url = pathToFileURL(path.resolve(entry.html)).href;
  let texts;
  for (const view of VIEWS) {
    await page.setViewport({ width: view.width, height: view.height, deviceScaleFactor: 1, isMobile: view.mobile,
      hasTouch: view.mobile });
    await page.emulateMediaType(view.media);
    await page.goto(url, { waitUntil: 'load' });
    const m = await page.evaluate(measure);
    await page.screenshot({ path: path.join(shots, `${entry.name}-${view.name}.png`), fullPage: true });
    row[`font${view.name}`] = m.minFont;
    row[`contrast${view.name}`] = m.minContrast;
    if (view.name === '390') {
      row.width390 = m.width;
      if (m.width > MAX_WIDTH) {
        fail(`${view.name}: the page is ${m.width} px wide (at most ${MAX_WIDTH}; scrolls sideways)`);
      }
    }
    report(fail, view.name, 'text under 11 px', m.small, (s) => `${s.size.toFixed(1)} px "${s.text}"`);
    report(fail, view.name, 'contrast under 4.5:1', m.low,
      (s) => `${s.ratio.toFixed(2)}:1 ${s.fg} on ${s.bg} "${s.text}"`);
    report(fail, view.name, 'colour not measured', m.unknown, (s) => `"${s.text}" (${s.why})`);
    if (view.name === '1280') {
      row.printStyles = m.printStyles;
      texts = m;
      if (!m.printStyles) {
        fail('no print styles (@media print or @page)');
      }
    }
  }
  await page.emulateMediaType('print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
  fs.writeFileSync(path.join(shots, `${entry.name}-print.pdf`), pdf);
  row.pages = pageCount(pdf);
  if (row.pages > MAX_PAGES) {
    fail(`print: ${row.pages} A4 pages (at most ${MAX_PAGES})`);
  }
  checkWords(entry, texts, fail, row);
  await page.close();
  row.failures = failures.length - before;
  return row;
}

function checkWords(entry, m, fail, row) {
  const french = m.lang !== 'en';
  if (entry.dossier) {
    const data = JSON.parse(fs.readFileSync(entry.dossier, 'utf8'));
    const dossier = Array.isArray(data) ? data[0] : data;
    const named = normal(m.allText);
    for (const initiative of dossier.initiatives || []) {
      if (!named.includes(normal(initiative.title))) {
        fail(`the initiative "${initiative.title}" (${initiative.id}) is not named`);
      }
    }
  }
  const slip = french ? SLIP_FR : SLIP_EN;
  const own = count(m.visibleText.match(slip) || []);
  for (const s of m.decisionText.match(slip) || []) {
    own.set(s, (own.get(s) || 0) - 1);
  }
  const ownSlips = [...own].filter(([, n]) => n > 0).map(([s]) => s);
  report(fail, 'text', 'plural slip', ownSlips, (s) => `"${s}"`);
  const decisionSlips = [...new Set(m.decisionText.match(slip) || [])];
  row.decisionSlips = decisionSlips.length;
  if (strict) {
    report(fail, 'text', 'plural slip in the decision\'s texts', decisionSlips, (s) => `"${s}"`);
  }
  report(fail, 'text', 'ISO date', [...new Set(m.visibleText.match(ISO_DATE) || [])], (s) => s);
  if (french) {
    let text = m.visibleText;
    if (entry.dossier) {
      // The titles of the dossier are its own words: « met en ligne » is French.
      const data = JSON.parse(fs.readFileSync(entry.dossier, 'utf8'));
      for (const i of (Array.isArray(data) ? data[0] : data).initiatives || []) {
        text = text.split(i.title).join(' ');
      }
    }
    report(fail, 'text', 'English word in the French page', [...new Set(text.match(ENGLISH_IN_FRENCH) || [])],
      (s) => `"${s}"`);
  }
}

/** Reports a list of problems as one failure line each, at most three, then how many more. */
function report(fail, view, what, items, show) {
  items.slice(0, 3).forEach((i) => fail(`${view}: ${what}: ${show(i)}`));
  if (items.length > 3) {
    fail(`${view}: ${what}: ${items.length - 3} more`);
  }
}

function count(list) {
  const m = new Map();
  list.forEach((s) => m.set(s, (m.get(s) || 0) + 1));
  return m;
}

function normal(s) {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The number of pages of a PDF written by Chromium: its page tree's /Count. */
function pageCount(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((x) => Number(x[1]));
  if (counts.length) {
    return Math.max(...counts);
  }
  return (text.match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
}

function printTable(list) {
  const head = ['page', 'width@390', 'min font 390/1280/print', 'min contrast 390/1280/print', 'print css', 'A4 pages',
    'decision slips', 'failures'];
  const body = list.map((r) => [r.name, `${r.width390} px`,
    ['390', '1280', 'print'].map((v) => fmt(r[`font${v}`], 1)).join(' / ') + ' px',
    ['390', '1280', 'print'].map((v) => fmt(r[`contrast${v}`], 2)).join(' / '),
    r.printStyles ? 'yes' : 'no', String(r.pages), String(r.decisionSlips ?? '-'), String(r.failures)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  body.forEach((b) => console.log(line(b)));
  console.log(failures.length ? `${failures.length} failure(s)` : 'every check passed');
}

function fmt(n, digits) {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

// Runs in the page: the document's width, every visible text's rendered size and contrast, the print styles.
function measure() {
  const parse = (c) => {
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(c || '');
    if (!m) {
      return null;
    }
    let a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const lum = (c) => {
    const f = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a, b) => { const x = lum(a); const y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  // The background an element's text is drawn on: the layers of its ancestors, composited over white.
  const htmlBackground = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.backgroundImage && cs.backgroundImage !== 'none') {
        return { unknown: `background-image on <${e.tagName.toLowerCase()}>` };
      }
      const c = parse(cs.backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) {
          break;
        }
      }
    }
    let bg = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) {
      bg = over(layers[i], bg);
    }
    return { bg };
  };
  // In SVG: the last filled shape drawn before the text whose box holds the text's centre, else the HTML behind.
  const svgBackground = (text, svg) => {
    const box = text.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    let found = null;
    for (const shape of svg.querySelectorAll('rect,circle,ellipse,path,polygon')) {
      if (text.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING) {
        break;
      }
      const r = shape.getBoundingClientRect();
      const fill = parse(getComputedStyle(shape).fill);
      if (fill && fill[3] > 0 && cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom) {
        found = fill;
      }
    }
    const behind = htmlBackground(svg);
    if (!found || behind.unknown) {
      return behind;
    }
    return { bg: found[3] >= 1 ? found : over(found, behind.bg) };
  };
  const small = [];
  const low = [];
  const unknown = [];
  let minFont = Infinity;
  let minContrast = Infinity;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (!text || !el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) {
      continue;
    }
    const cs = getComputedStyle(el);
    const svg = el instanceof SVGElement ? el.ownerSVGElement || el.closest('svg') : null;
    let size = parseFloat(cs.fontSize);
    if (svg) {
      const m = el.getScreenCTM();
      size *= Math.hypot(m.a, m.b);
    }
    const short = text.length > 60 ? text.slice(0, 57) + '…' : text;
    minFont = Math.min(minFont, size);
    if (size < 11 - 0.01) {
      small.push({ size, text: short });
    }
    let fg = svg ? parse(cs.fill) : parse(cs.color);
    if (svg && (!fg || fg[3] === 0)) {
      fg = parse(cs.stroke);
    }
    const back = svg ? svgBackground(el, svg) : htmlBackground(el);
    if (!fg || back.unknown) {
      unknown.push({ text: short, why: back.unknown || `colour ${svg ? cs.fill : cs.color}` });
      continue;
    }
    const colour = fg[3] >= 1 ? fg : over(fg, back.bg);
    const r = ratio(colour, back.bg);
    minContrast = Math.min(minContrast, r);
    if (r < 4.5 - 0.005) {
      low.push({ ratio: r, fg: hex(colour), bg: hex(back.bg), text: short });
    }
  }
  let printStyles = false;
  for (const sheet of document.styleSheets) {
    let rules = [];
    try {
      rules = [...sheet.cssRules];
    } catch (e) {
      continue;
    }
    printStyles ||= rules.some((r) => r instanceof CSSPageRule
      || (r instanceof CSSMediaRule && /\bprint\b/.test(r.media.mediaText)));
    printStyles ||= /\bprint\b/.test(sheet.media.mediaText);
  }
  const decision = [...document.querySelectorAll('[data-text="decision"]')];
  return {
    width: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    minFont, minContrast, small, low, unknown, printStyles,
    lang: document.documentElement.lang,
    visibleText: document.body.innerText,
    decisionText: decision.map((e) => e.innerText).join('\n'),
    allText: document.body.textContent,
  };
}
