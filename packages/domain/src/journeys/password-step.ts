import { insertAuditEvent } from "../audit/insert-audit-event";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { hashPassword, verifyPassword } from "../crypto/password-hash";
import type { PrismaClient } from "../database/prisma-client";
import { guestPasswordSchema } from "../passwords/password-policy";
import { throttledPasswordCheck } from "../passwords/sign-in-throttle";
import { rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import { ZEmailAddress } from "../validation/email-address";
import { requestEmailCode, type EmailSendInput } from "./email-step";
import { standingStop } from "./account-standing";
import type { GuestUserState } from "../generated/prisma/enums";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import { homeRealmMessage, homeRealmOf } from "./home-realm";
import { assertOffered } from "./journey-methods";
import { journeyForAction, updateJourney, withoutFlash, type ActionJourney } from "./journey-store";
import type { JourneySettings } from "./journey-settings";

// Verified against when the address has no password account, so both answers take the same time.
const NO_ACCOUNT_HASH = hashPassword("no guest has this password");

type Journey = ActionJourney;

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
    const message = rateLimitMessageOrThrow(error, journey.text);
    const advice = journey.text("messages.resetAdvice");
    await updateJourney(journey, {
      data: {
        ...withoutFlash(journey.data),
        flash: { fieldErrors: { password: `${message} ${advice}` }, values: { email } },
      },
    });
  }
}

/**
 * Wrong credentials get the same message whether or not the account exists;
 * right ones for an account that cannot sign in go to its stop or waiting page.
 */
async function refuse(
  journey: Journey,
  email: string,
  account: { id: string; email: string; status: GuestUserState } | null,
): Promise<void> {
  const data = withoutFlash(journey.data);
  await updateJourney(
    journey,
    (account && standingStop(account.status, data, account, journey.text)) ?? {
      data: {
        ...data,
        flash: {
          fieldErrors: { password: journey.text("messages.wrongCredentials") },
          values: { email },
        },
      },
    },
  );
}

/** An address in a provider's home realm has no password here: the page says where it signs in. */
async function refusedForHomeRealm(journey: Journey, email: string): Promise<boolean> {
  const address = ZEmailAddress.safeParse(email);
  const realm = address.success ? await homeRealmOf(journey, address.data) : null;
  if (!realm) return false;
  await updateJourney(journey, {
    data: {
      ...withoutFlash(journey.data),
      flash: { fieldErrors: { email: homeRealmMessage(realm, journey.text) }, values: { email } },
    },
  });
  return true;
}

/** Sign-in with email and password. */
export async function signInWithPassword(prisma: PrismaClient, input: Credentials): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passwordSignIn");
  assertOffered(journey.methods.password);
  if (await refusedForHomeRealm(journey, input.email)) return;
  return withSignInLimits(prisma, journey, input.email, async () => {
    const guest = await checkCredentials(prisma, journey, input);
    if (guest?.status !== "ACTIVE") return refuse(journey, input.email, guest);
    await completeGuestSignIn(journey, {
      guestUserId: guest.id,
      data: withoutFlash(journey.data),
      method: "password",
    });
  });
}

/** "Change password": the current password first, then a new one (the same step as a reset). */
export async function startPasswordChange(prisma: PrismaClient, input: Credentials): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passwordChangeStarted");
  assertOffered(journey.methods.password);
  if (await refusedForHomeRealm(journey, input.email)) return;
  return withSignInLimits(prisma, journey, input.email, async () => {
    const guest = await checkCredentials(prisma, journey, input);
    if (guest?.status !== "ACTIVE") return refuse(journey, input.email, guest);
    await updateJourney(journey, {
      state: "CHOOSING_PASSWORD",
      kind: "SIGN_IN",
      email: guest.email,
      // The current password proved the account.
      data: { ...withoutFlash(journey.data), passwordPurpose: "CHANGE", provenEmail: guest.email },
    });
  });
}

/** "Forgot your password?": a code to the address; once proven, a new password. Says nothing about whether an account exists. */
export async function startPasswordReset(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: EmailSendInput,
): Promise<void> {
  await requestEmailCode(prisma, settings, input, {
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
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passwordChosen");
  const data = withoutFlash(journey.data);
  if (!journey.email || data.provenEmail !== journey.email)
    throw new AppError("forbidden", "This address has not been confirmed in this journey.");
  const parsed = guestPasswordSchema(journey.email, journey.text).safeParse(input.password);
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
    where: { tenantId_email: { tenantId: journey.tenantId, email: journey.email } },
  });
  const { passwordPurpose: purpose, ...rest } = data;
  await completeGuestSignIn(journey, {
    guestUserId: guest.id,
    data: rest,
    method: purpose === "CHANGE" ? "password" : "password_reset",
    before: async (sql) => {
      await sql.query(
        `UPDATE "GuestUser" SET "passwordHash" = $3, "updatedAt" = ${SQL_NOW} WHERE id = $1 AND "tenantId" = $2`,
        [guest.id, journey.tenantId, passwordHash],
      );
      // Other sessions end: their refresh tokens stop working.
      await sql.query(`DELETE FROM "RefreshToken" WHERE "tenantId" = $1 AND "guestUserId" = $2`, [
        journey.tenantId,
        guest.id,
      ]);
      await insertAuditEvent(sql, {
        tenantId: journey.tenantId,
        actorType: "GUEST_USER",
        actorId: guest.id,
        action: purpose === "CHANGE" ? "guest.password_changed" : "guest.password_reset",
        targetType: "GuestUser",
        targetId: guest.id,
      });
    },
  });
}
