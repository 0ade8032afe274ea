import fs from "node:fs";
import path from "node:path";
import type { Distribution } from "./stats";
import type { EndpointResult } from "./token-bench";
import type { PageWeight } from "./page-weight";
import type { LoadResult } from "./load";
import type { RequestCost } from "./request-cost";
import type { ScaleResult } from "./scale";

interface JourneyResult extends LoadResult {
  cpuSecondsPerJourney: { hosted: number; postgres: number };
  hostedPeakMb: number;
}

import type { ScaleOutRun } from "./scale-out";

export interface BenchResults {
  takenAt: string;
  commit: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  settings: { quick: boolean; concurrency: number; seconds: number };
  signUp: JourneyResult;
  signIn: JourneyResult;
  timeToFirstByteUnderLoad: Distribution;
  requestCosts: RequestCost[];
  pages: PageWeight[];
  tokens: {
    connections: number;
    authorizationCode: { ours: EndpointResult; reference: EndpointResult; ratio: number };
    refreshToken: { ours: EndpointResult; reference: EndpointResult; ratio: number };
  };
  scaleOut: ScaleOutRun[];
  scale: ScaleResult;
  memory: {
    idle: Record<string, number>;
    afterLoad: Record<string, number>;
    hostedPeak: number;
  };
}

const mark = (met: boolean) => (met ? "met" : "**missed**");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value} ms`;

function journeyTable(result: JourneyResult): string[] {
  const rows = Object.entries(result.steps).map(
    ([step, d]) => `| ${step} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.p99)} |`,
  );
  return [
    `${result.completed} completed in ${result.seconds} s: **${result.perSecond} per second**, ${result.errors} errors${result.firstErrors.length ? ` (first: ${result.firstErrors[0]})` : ""}.`,
    `CPU per journey: hosted app ${result.cpuSecondsPerJourney.hosted.toFixed(3)} s, PostgreSQL ${result.cpuSecondsPerJourney.postgres.toFixed(3)} s.`,
    "",
    "| Step | p50 | p95 | p99 |",
    "| --- | --- | --- | --- |",
    ...rows,
    `| whole journey | ${ms(result.journey.p50)} | ${ms(result.journey.p95)} | ${ms(result.journey.p99)} |`,
  ];
}

function endpointRow(name: string, r: EndpointResult): string {
  return `| ${name} | ${r.requestsPerSecond} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${r.non2xx + r.errors} |`;
}

export function renderMarkdown(r: BenchResults): string {
  const code = r.tokens.authorizationCode;
  const refresh = r.tokens.refreshToken;
  const css = Math.max(...r.pages.map((p) => p.cssGzipBytes));
  const lines = [
    "# Benchmark results",
    "",
    `Taken ${r.takenAt} at commit \`${r.commit}\` on ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, ${r.machine.platform}, Node.js ${r.machine.node}. Production builds on the embedded PostgreSQL; load from the benchmark's own process over localhost.${r.settings.quick ? " **Quick run** (shorter, smaller)." : ""}`,
    "",
    "## Targets",
    "",
    "| Target | Measured | |",
    "| --- | --- | --- |",
    `| Sign-up journeys ≥ 20/s, no errors | ${r.signUp.perSecond}/s, ${r.signUp.errors} errors | ${mark(r.signUp.perSecond >= 20 && r.signUp.errors === 0)} |`,
    `| Sign-in journeys ≥ 45/s | ${r.signIn.perSecond}/s, ${r.signIn.errors} errors | ${mark(r.signIn.perSecond >= 45 && r.signIn.errors === 0)} |`,
    `| Token endpoint ≥ 60% of the reference (code exchange) | ${Math.round(code.ratio * 100)}% | ${mark(code.ratio >= 0.6)} |`,
    `| Token endpoint p99 < 100 ms at ${r.tokens.connections} connections | ${ms(code.ours.latency.p99)} | ${mark(code.ours.latency.p99 < 100)} |`,
    `| CSS < 15 KB gzipped, no web fonts | ${kb(css)}, ${r.pages.reduce((n, p) => n + p.fonts, 0)} fonts | ${mark(css < 15 * 1024 && r.pages.every((p) => p.fonts === 0))} |`,
    `| Every hosted page works without JavaScript | ${r.pages.filter((p) => p.worksWithoutJavaScript).length} of ${r.pages.length} | ${mark(r.pages.every((p) => p.worksWithoutJavaScript))} |`,
    `| Sign-in lookup p95 < 5 ms at ${r.scale.users.toLocaleString("en")} users | ${ms(r.scale.signInLookup.p95)} | ${mark(r.scale.signInLookup.p95 < 5)} |`,
    `| Directory search p95 < 50 ms | ${ms(r.scale.directorySearchByEmailPrefix.p95)} | ${mark(r.scale.directorySearchByEmailPrefix.p95 < 50)} |`,
    `| Hosted < 400 MB resident after the journey load | ${r.memory.afterLoad.hosted} MB (peak ${r.memory.hostedPeak} MB) | ${mark((r.memory.afterLoad.hosted ?? Infinity) < 400)} |`,
    "",
    `## Sign-up journeys (${r.settings.concurrency} concurrent people)`,
    "",
    "authorize → email → one-time code → attribute page → consent → back to the app → token exchange, each person from an IP of their own, without JavaScript.",
    "",
    ...journeyTable(r.signUp),
    "",
    `## Sign-in journeys (${r.settings.concurrency} concurrent people)`,
    "",
    "authorize → email → one-time code → back to the app (consent remembered) → token exchange.",
    "",
    ...journeyTable(r.signIn),
    "",
    `Time to first byte of a sign-in page while sign-ups run: p50 ${ms(r.timeToFirstByteUnderLoad.p50)}, p95 ${ms(r.timeToFirstByteUnderLoad.p95)} (${r.timeToFirstByteUnderLoad.count} samples).`,
    "",
    "## Hosted-app CPU per request",
    "",
    "One kind of request at a time, 10 in flight: what a journey's requests cost, and the floor a server-rendered page sets.",
    "",
    "| Request | per second | CPU per request |",
    "| --- | --- | --- |",
    ...r.requestCosts.map((c) => `| ${c.request} | ${c.perSecond} | ${c.cpuMs} ms |`),
    "",
    `## Token endpoint, ours and bare oidc-provider (${r.tokens.connections} connections)`,
    "",
    "The reference is oidc-provider from npm with its in-memory adapter and an RS256 key; ours adds PostgreSQL storage, argon2id client secrets and our routing. Each code or refresh token is redeemed once.",
    "",
    "| Grant | requests/s | p50 | p99 | failed |",
    "| --- | --- | --- | --- | --- |",
    endpointRow("authorization_code, ours", code.ours),
    endpointRow("authorization_code, reference", code.reference),
    endpointRow("refresh_token, ours", refresh.ours),
    endpointRow("refresh_token, reference", refresh.reference),
    "",
    `Ours / reference: ${Math.round(code.ratio * 100)}% (codes), ${Math.round(refresh.ratio * 100)}% (refresh).`,
    "",
    "## Hosted pages (gzipped)",
    "",
    "| Page | HTML | CSS | JavaScript | Web fonts | Works without JavaScript |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.pages.map(
      (p) =>
        `| ${p.page} | ${kb(p.htmlGzipBytes)} | ${kb(p.cssGzipBytes)} | ${kb(p.jsGzipBytes)} | ${p.fonts} | ${p.worksWithoutJavaScript ? "yes" : "no"} |`,
    ),
    "",
    `## Scale-out (${r.settings.concurrency} concurrent people, sign-ups through a round-robin balancer)`,
    "",
    "The same journeys as above, but through a balancer process in front of separate hosted instances on the stack's database: one instance, then two. All share this machine's cores with PostgreSQL and the load generator.",
    "",
    "| Hosted instances | sign-ups/s | errors | journey p50 | journey p95 | hosted CPU per journey |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.scaleOut.map(
      (run) =>
        `| ${run.instances} | ${run.perSecond} | ${run.errors} | ${ms(run.journey.p50)} | ${ms(run.journey.p95)} | ${run.hostedCpuSecondsPerJourney.toFixed(3)} s |`,
    ),
    "",
    `## Scale (${r.scale.users.toLocaleString("en")} guest users, ${r.scale.flows.toLocaleString("en")} user flows in one tenant)`,
    "",
    `Filled in ${r.scale.fillSeconds} s.`,
    "",
    "| Query | p50 | p95 | p99 |",
    "| --- | --- | --- | --- |",
    `| sign-in lookup by (tenant, email) | ${ms(r.scale.signInLookup.p50)} | ${ms(r.scale.signInLookup.p95)} | ${ms(r.scale.signInLookup.p99)} |`,
    `| directory search by email prefix | ${ms(r.scale.directorySearchByEmailPrefix.p50)} | ${ms(r.scale.directorySearchByEmailPrefix.p95)} | ${ms(r.scale.directorySearchByEmailPrefix.p99)} |`,
    `| user flow list | ${ms(r.scale.flowList.p50)} | ${ms(r.scale.flowList.p95)} | ${ms(r.scale.flowList.p99)} |`,
    "",
    "## Memory (resident)",
    "",
    "| App | idle | after load |",
    "| --- | --- | --- |",
    ...Object.keys(r.memory.idle).map(
      (app) => `| ${app} | ${r.memory.idle[app]} MB | ${r.memory.afterLoad[app]} MB |`,
    ),
    "",
  ];
  return lines.join("\n");
}

/**
 * Writes latest.{json,md} (latest-quick for a quick run, so it never replaces
 * the full results the README links) and a dated copy of each.
 */
export function writeReport(directory: string, results: BenchResults) {
  fs.mkdirSync(directory, { recursive: true });
  const markdown = renderMarkdown(results);
  const suffix = results.settings.quick ? "-quick" : "";
  const stamp = `${results.takenAt.slice(0, 10)}-${results.commit}${suffix}`;
  const latest = `latest${suffix}`;
  const json = `${JSON.stringify(results, null, 2)}\n`;
  for (const name of [stamp, latest]) {
    fs.writeFileSync(path.join(directory, `${name}.json`), json);
    fs.writeFileSync(path.join(directory, `${name}.md`), markdown);
  }
  return {
    markdown: path.join(directory, `${latest}.md`),
    json: path.join(directory, `${latest}.json`),
  };
}
