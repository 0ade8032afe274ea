import { sqlPool } from "../database/sql-pool";
import { guestlistMetrics } from "../metrics/guestlist-metrics";
import { rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import type { ActionJourney } from "../journeys/journey-store";
import { BOT_FALLBACK_PER_NETWORK, BOT_RISK, networkOf } from "./bot-limits";
import { checkBotSolution } from "./bot-challenge";

/** How long a browser without JavaScript waits, from when the check was asked for, before a send counts. */
export const BOT_FALLBACK_DELAY_MS = 5_000;

export interface BotGateAttempt {
  /** The ALTCHA widget's payload, when the browser ran it. */
  proof?: string | null;
  requestIp: string | null;
  email: string;
}

export type BotGateResult =
  | { passed: true }
  /** Refused: the message to show, and (ON_RISK) the moment the check started, for the journey. */
  | { passed: false; message: string; botCheckSince: number };

/** Whether the flow asks this journey for a proof of work on its next send. */
export function botCheckActive(journey: ActionJourney): boolean {
  const mode = journey.userFlow?.botProtection ?? "OFF";
  return mode === "ALWAYS" || (mode === "ON_RISK" && journey.data.botCheckSince !== undefined);
}

async function risky(network: string, domain: string): Promise<boolean> {
  const [fromNetwork, toDomain] = await Promise.all([
    BOT_RISK.codesPerNetwork.used(network),
    BOT_RISK.codesPerDomain.used(domain),
  ]);
  return fromNetwork >= BOT_RISK.networkThreshold || toDomain >= BOT_RISK.domainThreshold;
}

/**
 * The flow's bot protection before a code is sent (sign-up and sign-in by
 * email, and "send a new code"). Off: nothing. Always, or once risk signals
 * appear: a solved ALTCHA challenge for this journey, used once. A send
 * without one (a browser without JavaScript) is still let through after a
 * short wait and under a much stricter limit per network, so nobody is
 * stuck; one sent too soon, or with a wrong or reused solution, is refused.
 */
export async function passBotGate(
  encryptionKey: string,
  journey: ActionJourney,
  attempt: BotGateAttempt,
): Promise<BotGateResult> {
  const mode = journey.userFlow?.botProtection ?? "OFF";
  if (mode === "OFF") return { passed: true };
  const network = networkOf(attempt.requestIp);
  const domain = attempt.email.split("@").pop() ?? "";
  const metrics = guestlistMetrics().botChallenges;
  const refuse = (message: string, since = journey.data.botCheckSince ?? Date.now()) =>
    ({ passed: false, message, botCheckSince: since }) as const;
  try {
    if (!botCheckActive(journey)) {
      if (!(await risky(network, domain))) return { passed: true };
      metrics.inc({ event: "asked" });
      return refuse(journey.text("messages.botCheckNeeded"), Date.now());
    }
    if (attempt.proof) {
      const check = await checkBotSolution(sqlPool(), encryptionKey, journey.id, attempt.proof);
      if (check === "solved") {
        metrics.inc({ event: "solved" });
        return { passed: true };
      }
      metrics.inc({ event: "failed" });
      return refuse(journey.text("messages.botCheckFailed"));
    }
    const since = journey.data.botCheckSince ?? journey.createdAt.getTime();
    if (Date.now() - since < BOT_FALLBACK_DELAY_MS) {
      metrics.inc({ event: "failed" });
      return refuse(journey.text("messages.botCheckNeeded"), since);
    }
    try {
      await BOT_FALLBACK_PER_NETWORK.consume(network);
    } catch (error) {
      metrics.inc({ event: "failed" });
      return refuse(rateLimitMessageOrThrow(error, journey.text), since);
    }
    metrics.inc({ event: "fallback" });
    return { passed: true };
  } finally {
    await Promise.all([
      BOT_RISK.codesPerNetwork.consume(network),
      BOT_RISK.codesPerDomain.consume(domain),
    ]);
  }
}
