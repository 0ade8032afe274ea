#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a machine that may have only
// Node and npm: it runs before any dependency is installed, so it uses nothing
// but Node's built-ins. It finds (or installs locally) the pinned pnpm,
// installs the workspace, then starts everything or runs every check.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PNPM_VERSION = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8"),
).packageManager.split("@")[1];
const LOCAL_TOOLS = path.join(ROOT, ".tools");
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

function fail(message) {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  return result.status ?? 1;
}

/** The pinned pnpm: the one on PATH if it is that version, else a copy under .tools/ (no root needed). */
function ensurePnpm() {
  const onPath = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return;
  const local = path.join(LOCAL_TOOLS, "node_modules", ".bin", "pnpm");
  if (!fs.existsSync(local)) {
    process.stdout.write(`Installing pnpm ${PNPM_VERSION} into .tools/ ...\n`);
    const status = run("npm", [
      "install",
      "--prefix",
      LOCAL_TOOLS,
      "--no-save",
      "--no-audit",
      "--no-fund",
      `pnpm@${PNPM_VERSION}`,
    ]);
    if (status !== 0)
      fail(
        `Could not install pnpm ${PNPM_VERSION} with npm; check that the npm registry is reachable.`,
      );
  }
  process.env.PATH = `${path.dirname(local)}${path.delimiter}${process.env.PATH}`;
}

function pnpm(args, failure) {
  if (run("pnpm", args) !== 0) fail(failure);
}

function install() {
  ensurePnpm();
  pnpm(["install", "--frozen-lockfile"], "Installing dependencies failed (see above).");
}

/** Debian's Chromium when present; otherwise Playwright's own browser, downloaded if the network allows, or apt as root. */
function ensureBrowser() {
  if (fs.existsSync(SYSTEM_CHROMIUM)) return;
  if (
    run("pnpm", ["--filter", "@guestlist/e2e", "exec", "playwright", "install", "chromium"]) === 0
  )
    return;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    if (
      run("apt-get", ["update", "-qq"]) === 0 &&
      run("apt-get", ["install", "-y", "-qq", "chromium"]) === 0
    )
      return;
  }
  fail(
    "No browser for the end-to-end tests: install Chromium (Debian: `apt-get install chromium`) or run `pnpm --filter @guestlist/e2e exec playwright install chromium`.",
  );
}

/** Production builds of the three apps (Turborepo skips what has not changed). */
function buildApps() {
  pnpm(
    [
      "turbo",
      "run",
      "build",
      "--filter=@guestlist/admin",
      "--filter=@guestlist/hosted",
      "--filter=@guestlist/demo",
    ],
    "Building the apps failed (see above).",
  );
}

function start(dev) {
  install();
  if (!dev) buildApps();
  // Ctrl-C reaches the whole process group; the CLI stops the apps and the database itself.
  process.on("SIGINT", () => undefined);
  process.exit(run("pnpm", ["-s", "guestlist", "start", ...(dev ? ["--dev"] : [])]));
}

/** `pnpm bench` from a fresh clone: dependencies, production builds, then the benchmark. */
function bench(flags) {
  install();
  buildApps();
  process.exit(run("pnpm", ["--filter", "@guestlist/bench", "-s", "bench", ...flags]));
}

// Vitest and Playwright each print their own totals; the sum is printed last, as one line, for CI.
function countResults(output) {
  let passed = 0;
  let failed = 0;
  for (const raw of output.split("\n")) {
    const line = stripVTControlCharacters(raw);
    const vitest = line.match(/^\S*\s*Tests\s+(.*)\(\d+\)\s*$/);
    const counts = vitest ? vitest[1] : line.match(/^\s+(\d+ (?:passed|failed|flaky)[^(]*)\(/)?.[1];
    if (!counts) continue;
    passed +=
      Number(counts.match(/(\d+) passed/)?.[1] ?? 0) +
      Number(counts.match(/(\d+) flaky/)?.[1] ?? 0);
    failed += Number(counts.match(/(\d+) failed/)?.[1] ?? 0);
  }
  return { passed, failed };
}

function step(name, args, env = {}) {
  return new Promise((resolve) => {
    process.stdout.write(`\n=== ${name}\n`);
    const child = spawn("pnpm", args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on("close", (code) => resolve({ name, ok: code === 0, ...countResults(output) }));
  });
}

async function test() {
  install();
  const results = [];
  const steps = [
    ["lint", ["-s", "lint"]],
    ["format", ["-s", "format:check"]],
    ["typecheck", ["-s", "typecheck"]],
    [
      "unit and integration tests (embedded PostgreSQL)",
      ["-s", "turbo", "run", "test", "--concurrency=2"],
    ],
  ];
  if (process.env.GUESTLIST_EXTERNAL_TEST_DATABASE_URL) {
    steps.push([
      "domain tests against the external PostgreSQL in GUESTLIST_EXTERNAL_TEST_DATABASE_URL",
      ["-s", "--filter", "@guestlist/domain", "test"],
      { TEST_DATABASE_URL: process.env.GUESTLIST_EXTERNAL_TEST_DATABASE_URL },
    ]);
  }
  steps.push(["build", ["-s", "turbo", "run", "build"]]);
  for (const [name, args, env] of steps) {
    const result = await step(name, args, env);
    results.push(result);
    if (!result.ok) return finish(results);
  }
  ensureBrowser();
  results.push(await step("end-to-end tests (Playwright)", ["-s", "test:e2e"]));
  finish(results);
}

function finish(results) {
  process.stdout.write("\n=== summary\n");
  for (const result of results)
    process.stdout.write(`${result.ok ? "ok    " : "FAILED"} ${result.name}\n`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  // A failed test fails the run even if its runner's exit code said otherwise,
  // and a failed step with no failed test (lint, build...) counts as one failure.
  const allOk = results.every((r) => r.ok) && failed === 0;
  process.stdout.write(`tests: ${passed} passed, ${failed || (allOk ? 0 : 1)} failed\n`);
  process.exit(allOk ? 0 : 1);
}

const [command, ...flags] = process.argv.slice(2);
if (command === "start") start(flags.includes("--dev"));
else if (command === "test") await test();
else if (command === "bench") bench(flags);
else fail("Usage: node packages/cli/bootstrap.mjs start [--dev] | test | bench [--quick]");
