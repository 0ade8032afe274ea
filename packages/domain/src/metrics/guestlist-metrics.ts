import client from "prom-client";

/** Seconds, from a few milliseconds (a cached page) to the connectors' 10-second limit. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics(registry: client.Registry) {
  const registers = [registry];
  return {
    registry,
    journeysStarted: new client.Counter({
      name: "guestlist_journeys_started_total",
      help: "Sign-up and sign-in journeys started, by kind.",
      labelNames: ["kind"] as const,
      registers,
    }),
    journeysFinished: new client.Counter({
      name: "guestlist_journeys_finished_total",
      help: "Journeys handed back to the application, by outcome (signed_in, signed_up, consented, cancelled).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    journeySteps: new client.Histogram({
      name: "guestlist_journey_step_duration_seconds",
      help: "Time to handle a submitted journey step, by step and outcome (ok or the error code).",
      labelNames: ["step", "outcome"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    connectorCalls: new client.Histogram({
      name: "guestlist_connector_call_duration_seconds",
      help: "API connector calls, by journey step and outcome.",
      labelNames: ["step", "outcome"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    webhookDeliveries: new client.Histogram({
      name: "guestlist_webhook_delivery_duration_seconds",
      help: "Webhook delivery attempts, by result (delivered, retry, failed).",
      labelNames: ["result"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    botChallenges: new client.Counter({
      name: "guestlist_bot_challenges_total",
      help: "Proof-of-work challenges, by event (served, solved, failed, fallback).",
      labelNames: ["event"] as const,
      registers,
    }),
    emailDeliveries: new client.Counter({
      name: "guestlist_email_deliveries_total",
      help: "Attempts to hand an email to Resend, by result (sent, retry, failed, captured).",
      labelNames: ["result"] as const,
      registers,
    }),
    rateLimitRefusals: new client.Counter({
      name: "guestlist_rate_limit_refusals_total",
      help: "Requests refused by a rate limit, by limit.",
      labelNames: ["limit"] as const,
      registers,
    }),
    httpRequests: new client.Histogram({
      name: "guestlist_http_request_duration_seconds",
      help: "HTTP requests by route (the OIDC endpoint, interaction, page), method and status.",
      labelNames: ["route", "method", "status"] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
  };
}

export type GuestlistMetrics = ReturnType<typeof createMetrics>;

// One set per process: Next.js may load this module more than once (its server
// bundles and the custom server), and every copy must count into the same registry.
const holder = globalThis as unknown as { guestlistMetrics?: GuestlistMetrics };

export function guestlistMetrics(): GuestlistMetrics {
  holder.guestlistMetrics ??= createMetrics(new client.Registry());
  return holder.guestlistMetrics;
}

/** Seconds since `started` (a performance.now() reading), for the histograms. */
export const secondsSince = (started: number) => (performance.now() - started) / 1000;
