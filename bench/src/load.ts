import { distribution, type Distribution } from "./stats";
import type { StepTimes } from "./journeys";

export interface LoadResult {
  completed: number;
  errors: number;
  firstErrors: string[];
  seconds: number;
  perSecond: number;
  journey: Distribution;
  steps: Record<string, Distribution>;
}

/**
 * `concurrency` simulated people, each running `journey` again and again until
 * `seconds` have passed; every run gets the next index (for a fresh address
 * and IP). Reports completed journeys per second and latency per step.
 */
export async function runLoad(
  concurrency: number,
  seconds: number,
  journey: (index: number) => Promise<StepTimes>,
): Promise<LoadResult> {
  const steps: Record<string, number[]> = {};
  const totals: number[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          const times = await journey(next++);
          totals.push(performance.now() - begin);
          for (const [name, ms] of Object.entries(times)) (steps[name] ??= []).push(ms);
        } catch (error) {
          errors++;
          if (firstErrors.length < 5) firstErrors.push(String(error));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    completed: totals.length,
    errors,
    firstErrors,
    seconds: Math.round(elapsed * 10) / 10,
    perSecond: Math.round((totals.length / elapsed) * 10) / 10,
    journey: distribution(totals),
    steps: Object.fromEntries(Object.entries(steps).map(([name, ms]) => [name, distribution(ms)])),
  };
}

/** Samples `read` every half second while `work` runs; returns the work's result and the peak. */
export async function withPeak<T>(read: () => number, work: () => Promise<T>) {
  let peak = read();
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, read());
    } catch {
      // The process went away; the load will report the errors.
    }
  }, 500);
  try {
    return { result: await work(), peak };
  } finally {
    clearInterval(timer);
  }
}
