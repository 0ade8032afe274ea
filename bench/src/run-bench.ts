import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startFakeMail } from "./fake-mail";
import { signInJourney, signUpJourney } from "./journeys";
import { runLoad, withPeak } from "./load";
import { measurePageWeights, sampleTimeToFirstByte, visitHostedPages } from "./page-weight";
import { cpuSeconds, pidListeningOn, residentMb, treeCpuSeconds } from "./processes";
import { writeReport } from "./report";
import { measureRequestCosts } from "./request-cost";
import { benchScale } from "./scale";
import { benchScaleOut } from "./scale-out";
import { BENCH_STACK, startStack } from "./stack";
import { distribution } from "./stats";
import { benchTokenEndpoint } from "./token-bench";

/**
 * `pnpm bench`: starts the production builds on the embedded PostgreSQL,
 * drives them from this process, and writes bench/results/latest.{md,json}.
 * --quick runs everything shorter and at a tenth of the scale.
 */
const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    concurrency: { type: "string", default: "10" },
    seconds: { type: "string" },
    users: { type: "string" },
  },
});
const quick = options.quick;
const concurrency = Number(options.concurrency);
const seconds = Number(options.seconds ?? (quick ? 10 : 30));
const users = Number(options.users ?? (quick ? 100_000 : 1_000_000));
const say = (line: string) => process.stdout.write(`${line}\n`);

/** The commit measured, marked "-dirty" when the code has changes the commit does not contain. */
function currentCommit(): string {
  const git = (args: string) =>
    execSync(`git ${args}`, { cwd: path.resolve(import.meta.dirname, "../..") })
      .toString()
      .trim();
  const dirty = git("status --porcelain -- apps packages prisma bench/src");
  return `${git("rev-parse --short HEAD")}${dirty ? "-dirty" : ""}`;
}

const mail = await startFakeMail();
say("Starting the stack (production builds, embedded PostgreSQL)…");
const stack = await startStack(mail.url);
process.env.DATABASE_URL = stack.databaseUrl;
const postgresPid = pidListeningOn(BENCH_STACK.postgresPort)!;
const context = {
  clientSecret: stack.secrets.demoClientSecret,
  codeFor: (email: string) => mail.code(email),
};
const apps = stack.pids;
const memory = () => ({
  admin: Math.round(residentMb(apps.admin)),
  hosted: Math.round(residentMb(apps.hosted)),
  demo: Math.round(residentMb(apps.demo)),
});

try {
  const idleMemory = memory();

  say("Page weight…");
  const pages = await measurePageWeights(
    await visitHostedPages(context.codeFor, "weight@bench.test"),
  );

  say("Warming up…");
  await runLoad(concurrency, 5, (i) =>
    signUpJourney(context, `warm${i}@bench.test`, `10.200.${i >> 8}.${i & 255}`),
  );

  const cpuBefore = { hosted: cpuSeconds(apps.hosted), postgres: treeCpuSeconds(postgresPid) };
  say(`Sign-up journeys: ${concurrency} people for ${seconds} s…`);
  let loadDone = false;
  const ttfb = sampleTimeToFirstByte(() => loadDone);
  const signUps = await withPeak(
    () => residentMb(apps.hosted),
    () =>
      runLoad(concurrency, seconds, (i) =>
        signUpJourney(
          context,
          `person${i}@bench.test`,
          `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        ),
      ),
  );
  loadDone = true;
  const cpuAfter = { hosted: cpuSeconds(apps.hosted), postgres: treeCpuSeconds(postgresPid) };
  const signedUp = signUps.result.completed;
  const cpuPerSignUp = {
    hosted: (cpuAfter.hosted - cpuBefore.hosted) / Math.max(1, signedUp),
    postgres: (cpuAfter.postgres - cpuBefore.postgres) / Math.max(1, signedUp),
  };
  const ttfbUnderLoad = distribution(await ttfb);

  say(`Sign-in journeys: ${concurrency} people for ${seconds} s…`);
  const signInCpuBefore = {
    hosted: cpuSeconds(apps.hosted),
    postgres: treeCpuSeconds(postgresPid),
  };
  // Each address may be sent 5 codes per 15 minutes: spread sign-ins over everyone who signed up.
  const signIns = await withPeak(
    () => residentMb(apps.hosted),
    () =>
      runLoad(concurrency, seconds, (i) =>
        signInJourney(
          context,
          `person${i % Math.max(1, signedUp)}@bench.test`,
          `10.100.${(i >> 8) & 255}.${i & 255}`,
        ),
      ),
  );
  const signInCpu = {
    hosted:
      (cpuSeconds(apps.hosted) - signInCpuBefore.hosted) / Math.max(1, signIns.result.completed),
    postgres:
      (treeCpuSeconds(postgresPid) - signInCpuBefore.postgres) /
      Math.max(1, signIns.result.completed),
  };
  const loadMemory = memory();

  say("Hosted CPU per request…");
  const requestCosts = await measureRequestCosts(apps.hosted, quick ? 200 : 1000);

  say("Token endpoint, ours and the bare oidc-provider reference…");
  const tokens = await benchTokenEndpoint(
    stack.secrets.encryptionKey,
    stack.secrets.demoClientSecret,
    quick ? 500 : 2000,
    50,
  );

  say("Scale-out: sign-ups through a balancer in front of one hosted instance, then two…");
  const scaleOut = await benchScaleOut(stack, context, concurrency, seconds);

  say(`Scale: ${users.toLocaleString("en")} guest users and 1,000 user flows…`);
  const scale = await benchScale(stack.databaseUrl, users, 1000);

  const results = {
    takenAt: new Date().toISOString(),
    commit: currentCommit(),
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
    },
    settings: { quick, concurrency, seconds },
    signUp: {
      ...signUps.result,
      cpuSecondsPerJourney: cpuPerSignUp,
      hostedPeakMb: Math.round(signUps.peak),
    },
    signIn: {
      ...signIns.result,
      cpuSecondsPerJourney: signInCpu,
      hostedPeakMb: Math.round(signIns.peak),
    },
    timeToFirstByteUnderLoad: ttfbUnderLoad,
    requestCosts,
    pages,
    tokens,
    scaleOut,
    scale,
    memory: {
      idle: idleMemory,
      afterLoad: loadMemory,
      hostedPeak: Math.round(Math.max(signUps.peak, signIns.peak)),
    },
  };
  const written = writeReport(path.join(import.meta.dirname, "..", "results"), results);
  say(fs.readFileSync(written.markdown, "utf8"));
  say(`Written: ${written.markdown} and ${written.json}`);
} finally {
  await stack.stop();
  mail.close();
}
process.exit(0);
