import { expect } from "@playwright/test";
import { E2E_STACK } from "./stack";

interface SentEmail {
  subject: string;
  text?: string;
}

async function emailsTo(address: string): Promise<SentEmail[]> {
  const response = await fetch(
    `${E2E_STACK.fakeResendUrl}/test/emails?to=${encodeURIComponent(address)}`,
  );
  return (await response.json()) as SentEmail[];
}

/** Waits for the `count`-th email to `address` and returns the 6-digit code in it. */
export async function codeFromEmail(address: string, count = 1): Promise<string> {
  let emails: SentEmail[] = [];
  await expect
    .poll(async () => (emails = await emailsTo(address)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(count);
  const code = /\b(\d{6})\b/.exec(emails[count - 1]!.text ?? "")?.[1];
  if (!code) throw new Error(`no code in the email to ${address}`);
  return code;
}

let counter = 0;
/** An address no other test uses. */
export function freshAddress(label: string): string {
  counter += 1;
  return `${label}-${Date.now()}-${counter}@supplier.test`;
}

/** Waits for an email to `address` and returns the first link in it that matches. */
export async function linkFromEmail(address: string, pattern: RegExp): Promise<string> {
  let emails: SentEmail[] = [];
  await expect
    .poll(async () => (emails = await emailsTo(address)).length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  const link = emails.at(-1)!.text?.match(pattern)?.[0];
  if (!link) throw new Error(`no matching link in the email to ${address}`);
  return link;
}
