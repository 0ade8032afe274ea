import { isIP } from "node:net";
import { rateLimiter } from "../rate-limits/rate-limiter";

/**
 * What the flows' "when risk signals appear" setting watches, counted in
 * PostgreSQL like every limit: codes sent to one network in an hour, and to
 * one email domain. Past a threshold, that network's or domain's sends must
 * come with a solved challenge.
 */
export const BOT_RISK = {
  codesPerNetwork: rateLimiter({
    name: "bot-risk-codes-per-network",
    points: 1_000_000,
    durationSeconds: 60 * 60,
    message: "",
  }),
  codesPerDomain: rateLimiter({
    name: "bot-risk-codes-per-domain",
    points: 1_000_000,
    durationSeconds: 60 * 60,
    message: "",
  }),
  /** Sends from one network in an hour before it looks like a script. */
  networkThreshold: 10,
  /** Codes to one domain in an hour before it looks like a list being worked through. */
  domainThreshold: 30,
} as const;

/** The stricter limit on sends that come without a solution (a browser without JavaScript, or a script). */
export const BOT_FALLBACK_PER_NETWORK = rateLimiter({
  name: "bot-fallback-per-network",
  points: 5,
  durationSeconds: 60 * 60,
  message: "Too many attempts without the robot check from your network.",
  messageKey: "limits.botFallbackFromNetwork",
});

/**
 * The network an address belongs to, as abuse comes: an IPv4 /24 or an IPv6
 * /48 (one customer's allocation), so rotating addresses in one range counts once.
 */
export function networkOf(ip: string | null): string {
  if (!ip) return "unknown";
  const v4 = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  if (isIP(v4) === 4) return `${v4.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head.split(":").filter(Boolean);
  const right = tail === undefined ? [] : tail.split(":").filter(Boolean);
  const groups = [
    ...left,
    ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"),
    ...right,
  ];
  return `${groups
    .slice(0, 3)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/48`;
}
