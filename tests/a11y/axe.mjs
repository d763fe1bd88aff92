#!/usr/bin/env node
// Runs axe-core's WCAG 2.1 A/AA and best-practice rules over HTML files in
// Debian's Chromium and fails on any violation.
//
//     node tests/a11y/axe.mjs [--viewport WIDTHxHEIGHT] FILE_OR_DIR...
//
// A directory is walked for *.html and *.svg files. Each file is opened by
// its file:// URL in headless Chromium, axe-core's axe.min.js is injected
// and run on the whole document. Every violation is printed as
//     FILE: rule-id (impact): help — target selectors
// then one summary line. Exit status: 0 when no page has a violation, 1 when
// one has, 2 when the tool cannot run (no browser, no modules, a page that
// does not load). The viewport (CSS pixels) is 800x600 unless given: a
// rule such as scrollable-region-focusable depends on it.
//
// Environment:
//     CHROMIUM                the browser (default /usr/bin/chromium)
//     NETADMIN_NODE_MODULES   where axe-core and puppeteer-core are installed
//                             (default .ci/node/node_modules in the repository,
//                             as .ci/install-deps installs them)
import { createRequire } from "node:module";
import { readdirSync, statSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const modules = resolve(process.env.NETADMIN_NODE_MODULES || join(root, ".ci", "node", "node_modules"));
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";

function fail(message) {
  console.error(`axe.mjs: ${message}`);
  process.exit(2);
}

function pages(paths) {
  const found = [];
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (/\.(html?|svg)$/i.test(name)) found.push(resolve(child));
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) fail(`${path}: no such file or directory`);
    if (statSync(path).isDirectory()) walk(path);
    else found.push(resolve(path));
  }
  return found;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes("-h") || args.includes("--help")) {
    console.log("usage: node tests/a11y/axe.mjs [--viewport WIDTHxHEIGHT] FILE_OR_DIR...");
    process.exit(args.length === 0 ? 2 : 0);
  }
  let viewport = { width: 800, height: 600 };
  const at = args.indexOf("--viewport");
  if (at >= 0) {
    const size = /^(\d+)x(\d+)$/.exec(args[at + 1] || "");
    if (!size) fail("--viewport takes WIDTHxHEIGHT, as 800x600");
    viewport = { width: Number(size[1]), height: Number(size[2]) };
    args.splice(at, 2);
  }
  const files = pages(args);
  if (files.length === 0) fail("no .html or .svg file in the paths given");
  if (!existsSync(browserPath)) fail(`no browser at ${browserPath} (set CHROMIUM)`);
  const axeSource = join(modules, "axe-core", "axe.min.js");
  if (!existsSync(axeSource)) fail(`no axe-core in ${modules} (run .ci/install-deps or set NETADMIN_NODE_MODULES)`);
  const require = createRequire(join(modules, "noop.js"));
  let puppeteer;
  try {
    puppeteer = require("puppeteer-core");
  } catch (error) {
    fail(`no puppeteer-core in ${modules} (run .ci/install-deps or set NETADMIN_NODE_MODULES): ${error.message}`);
  }
  const axe = readFileSync(axeSource, "utf8");

  const browser = await puppeteer.launch({
    executablePath: browserPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  let violations = 0, failedPages = 0, passed = 0, incomplete = 0;
  const cwd = process.cwd();
  try {
    for (const file of files) {
      const name = relative(cwd, file).startsWith("..") ? file : relative(cwd, file);
      const page = await browser.newPage();
      await page.setViewport(viewport);
      try {
        const response = await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        if (response && !response.ok() && response.status() !== 0) fail(`${name}: loaded with status ${response.status()}`);
        await page.evaluate(axe);
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
          TAGS);
        passed += result.passes.length;
        incomplete += result.incomplete.length;
        if (result.violations.length) failedPages += 1;
        for (const v of result.violations) {
          for (const node of v.nodes) {
            violations += 1;
            const target = node.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : t)).join(", ");
            console.log(`${name}: ${v.id} (${node.impact || v.impact || "unknown"}): ${v.help} — ${target}`);
          }
        }
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`axe-core ${TAGS.join(",")}: ${files.length} pages, ${failedPages} with violations, ` +
              `${violations} violations; ${passed} rule checks passed, ${incomplete} needing review`);
  process.exit(violations ? 1 : 0);
}

main().catch((error) => fail(error.stack || String(error)));
