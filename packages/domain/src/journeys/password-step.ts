import { recordAuditEvent } from "../audit/record-audit-event";
import { hashPassword, verifyPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { guestPasswordSchema } from "../passwords/password-policy";
import { throttledPasswordCheck } from "../passwords/sign-in-throttle";
import { rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import { ZEmailAddress, requestEmailCode } from "./email-step";
import { journeyForAction, updateJourney, withoutFlash } from "./journey-store";
import type { JourneySettings } from "./journey-settings";
import { signInOutcome } from "./sign-in-outcome";

const RESET_ADVICE = "You can also use “Forgot your password?” to sign in with a code by email.";
const WRONG_CREDENTIALS =
  "That email address and password do not match an account. Try again, or reset your password.";
// Verified against when the address has no password account, so both answers take the same time.
const NO_ACCOUNT_HASH = hashPassword("no guest has this password");

type Journey = Awaited<ReturnType<typeof journeyForAction>>;

/**
 * The password account these credentials open, or null. A wrong password and
 * an unknown address cost the same work, and the caller shows one message.
 */
async function checkCredentials(prisma: PrismaClient, journey: Journey, input: Credentials) {
  return throttledPasswordCheck(`guest:${journey.tenantId}`, input, async () => {
    const address = ZEmailAddress.safeParse(input.email);
    const guest = address.success
      ? await prisma.guestUser.findUnique({
          where: { tenantId_email: { tenantId: journey.tenantId, email: address.data } },
        })
      : null;
    const matches = await verifyPassword(
      guest?.passwordHash ?? (await NO_ACCOUNT_HASH),
      input.password,
    );
    return guest?.passwordHash && matches ? guest : null;
  });
}

interface Credentials {
  tenantSlug: string;
  uid: string;
  email: string;
  password: string;
  requestIp?: string | null;
}

/** Runs a credentials step; when the failed-sign-in limits refuse, says so on the page. */
async function withSignInLimits(
  prisma: PrismaClient,
  journey: Journey,
  email: string,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    const message = rateLimitMessageOrThrow(error);
    await updateJourney(journey, {
      data: {
        ...withoutFlash(journey.data),
        flash: { message: `${message} ${RESET_ADVICE}`, values: { email } },
      },
    });
  }
}

async function refuse(
  prisma: PrismaClient,
  journey: Journey,
  email: string,
  blocked: boolean,
): Promise<void> {
  const data = withoutFlash(journey.data);
  await updateJourney(
    journey,
    blocked
      ? {
          state: "BLOCKED",
          data: {
            ...data,
            stopMessage:
              "Your account is blocked. Contact the organisation that invited you to use this application.",
          },
        }
      : { data: { ...data, flash: { message: WRONG_CREDENTIALS, values: { email } } } },
  );
}

/** Sign-in with email and password. */
export async function signInWithPassword(prisma: PrismaClient, input: Credentials): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, [
    "STARTED",
    "AWAITING_FEDERATION",
  ]);
  return withSignInLimits(prisma, journey, input.email, async () => {
    const guest = await checkCredentials(prisma, journey, input);
    if (!guest || guest.status === "BLOCKED") return refuse(prisma, journey, input.email, !!guest);
    await completeSignIn(prisma, journey, guest.id);
  });
}

async function completeSignIn(prisma: PrismaClient, journey: Journey, guestId: string) {
  const data = withoutFlash(journey.data);
  await prisma.guestUser.update({ where: { id: guestId }, data: { lastSignInAt: new Date() } });
  await recordAuditEvent(prisma, {
    tenantId: journey.tenantId,
    actorType: "GUEST_USER",
    actorId: guestId,
    action: "guest.signed_in",
    targetType: "GuestUser",
    targetId: guestId,
    details: { method: "password" },
  });
  await updateJourney(journey, {
    state: "COMPLETED",
    guestUserId: guestId,
    data: { ...data, outcome: signInOutcome(guestId, data) },
  });
}

/** "Change password": the current password first, then a new one (the same step as a reset). */
export async function startPasswordChange(prisma: PrismaClient, input: Credentials): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, [
    "STARTED",
    "AWAITING_FEDERATION",
  ]);
  return withSignInLimits(prisma, journey, input.email, async () => {
    const guest = await checkCredentials(prisma, journey, input);
    if (!guest || guest.status === "BLOCKED") return refuse(prisma, journey, input.email, !!guest);
    await updateJourney(journey, {
      state: "CHOOSING_PASSWORD",
      kind: "SIGN_IN",
      email: guest.email,
      data: { ...withoutFlash(journey.data), passwordPurpose: "CHANGE" },
    });
  });
}

/** "Forgot your password?": a code to the address; once proven, a new password. Says nothing about whether an account exists. */
export function startPasswordReset(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: { tenantSlug: string; uid: string; email: string; requestIp: string | null },
): Promise<void> {
  return requestEmailCode(prisma, settings, input, {
    purpose: "PASSWORD_RESET",
    kind: "SIGN_IN",
    data: { passwordPurpose: "RESET" },
  });
}

/**
 * The person chose a password, after a code proved their address. For a new
 * account it is kept (hashed) until the account is created after the
 * attribute page; for a reset or a change it replaces the old one at once and signs
 * them in, and their other sessions' refresh tokens stop working.
 */
export async function choosePassword(
  prisma: PrismaClient,
  input: { tenantSlug: string; uid: string; password: string },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, ["CHOOSING_PASSWORD"]);
  const data = withoutFlash(journey.data);
  const parsed = guestPasswordSchema(journey.email!).safeParse(input.password);
  if (!parsed.success) {
    await updateJourney(journey, {
      data: { ...data, flash: { fieldErrors: { password: parsed.error.issues[0]!.message } } },
    });
    return;
  }
  const passwordHash = await hashPassword(parsed.data);
  if (data.passwordPurpose === "SIGN_UP") {
    await updateJourney(journey, {
      state: "COLLECTING_ATTRIBUTES",
      data: { ...data, passwordHash },
    });
    return;
  }
  const guest = await prisma.guestUser.findUniqueOrThrow({
    where: { tenantId_email: { tenantId: journey.tenantId, email: journey.email! } },
  });
  await prisma.$transaction([
    prisma.guestUser.update({
      where: { id: guest.id },
      data: { passwordHash, lastSignInAt: new Date() },
    }),
    prisma.refreshToken.deleteMany({
      where: { tenantId: journey.tenantId, guestUserId: guest.id },
    }),
  ]);
  await recordAuditEvent(prisma, {
    tenantId: journey.tenantId,
    actorType: "GUEST_USER",
    actorId: guest.id,
    action: data.passwordPurpose === "CHANGE" ? "guest.password_changed" : "guest.password_reset",
    targetType: "GuestUser",
    targetId: guest.id,
  });
  const { passwordPurpose: _purpose, ...rest } = data;
  await updateJourney(journey, {
    state: "COMPLETED",
    guestUserId: guest.id,
    data: { ...rest, outcome: signInOutcome(guest.id, rest) },
  });
}
