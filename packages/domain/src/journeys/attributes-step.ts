import { localisedFields } from "../i18n/localised-fields";
import { ABUSE_LIMITS, rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import {
  BUILT_IN_ATTRIBUTE_COLUMNS,
  BUILT_IN_ATTRIBUTE_NAMES,
} from "../attributes/built-in-attributes";
import type pg from "pg";
import { insertAuditEvent } from "../audit/insert-audit-event";
import { SQL_NOW } from "../database/sql-time";
import type { PrismaClient } from "../database/prisma-client";
import {
  buildSignUpFormSchema,
  fieldErrorsOf,
  type AttributeFormValues,
} from "../flows/attribute-form";
import { sqlPool } from "../database/sql-pool";
import { isUniqueViolation } from "../database/unique-violation";
import {
  currentTermsOfFlow,
  recordTermsAcceptances,
  termsAcceptanceValue,
} from "../terms/current-terms";
import { TERMS_FIELD } from "../terms/terms-schemas";
import { loadAttributeFields } from "../flows/flow-layout";
import type { JourneyData } from "./journey-data";
import { AppError } from "../errors/app-error";
import { acceptInvitationAtSignUp, isInvitationWithdrawn } from "./sign-up-admission";
import { v7 as uuidv7 } from "uuid";
import {
  journeyForAction,
  transitionJourney,
  updateJourney,
  withoutFlash,
  type ActionJourney,
} from "./journey-store";
import { signedInOutcome } from "../second-factors/authentication-context";
import { signUpSecondFactor } from "../second-factors/sign-up-second-factor";
import { approvalRequired } from "../approvals/approval-policy";
import { notifyApprovers } from "../approvals/notify-approvers";
import type { JourneySettings } from "./journey-settings";
import { connectorRequestBody, type ConnectorOutcome } from "../connectors/connector-contract";
import { invokeApiConnector } from "../connectors/invoke-api-connector";

/**
 * The flow's PostAttributeCollection connector, if it has one: its Continue
 * claims override the answers; no connector means Continue as they are.
 */
async function runPostAttributeCollection(
  prisma: PrismaClient,
  settings: JourneySettings,
  journey: ActionJourney,
  answers: AttributeFormValues,
): Promise<ConnectorOutcome> {
  const assignment = journey.userFlowId
    ? await prisma.userFlowApiConnector.findFirst({
        where: {
          tenantId: journey.tenantId,
          userFlowId: journey.userFlowId,
          step: "POST_ATTRIBUTE_COLLECTION",
        },
        include: { apiConnector: true },
      })
    : null;
  if (!assignment) return { action: "Continue", claims: {} };
  const { tenant } = journey;
  const email = journey.email!;
  const body = connectorRequestBody({
    step: "POST_ATTRIBUTE_COLLECTION",
    clientId: journey.data.clientId,
    uiLocales: journey.locale,
    email,
    identities: journey.data.upstream
      ? [
          {
            signInType: "federated",
            issuer: journey.data.upstream.issuer,
            issuerAssignedId: journey.data.upstream.subject,
          },
        ]
      : [{ signInType: "emailAddress", issuer: tenant.slug, issuerAssignedId: email }],
    values: answers,
    extensionAppId: tenant.extensionAppId,
  });
  const attributes = await prisma.userAttribute.findMany({
    where: { tenantId: tenant.id, name: { not: "email" } },
    select: { name: true, dataType: true },
  });
  return invokeApiConnector(prisma, assignment.apiConnector, "POST_ATTRIBUTE_COLLECTION", body, {
    encryptionKey: settings.encryptionKey,
    allowPrivateNetworks: settings.connectors.allowPrivateNetworks,
    trustedCa: settings.connectors.trustedCa,
    extensionAppId: tenant.extensionAppId,
    attributes,
    userFlowId: journey.userFlowId,
    journeyId: journey.id,
  });
}

/**
 * The attribute page was submitted: validate with the flow's schema (the same
 * one the browser used), then create the guest user and its email identity in
 * one transaction. Invalid answers go back to the page with their messages.
 */
export async function submitAttributes(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: {
    tenantSlug: string;
    uid: string;
    values: Record<string, unknown>;
    /** Counted against the sign-ups-per-IP limit; tests and tools may leave it out. */
    requestIp?: string | null;
  },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "attributesSubmitted");
  const data = withoutFlash(journey.data);
  // The invariant every way into this step must have kept: the address was proven here.
  if (!journey.email || data.provenEmail !== journey.email)
    throw new AppError("forbidden", "This address has not been confirmed in this sign-up.");
  const fields = journey.userFlowId
    ? await loadAttributeFields(prisma, journey.tenantId, journey.userFlowId)
    : [];
  const terms =
    journey.hasTerms && journey.userFlowId
      ? await currentTermsOfFlow(sqlPool(), journey.tenantId, journey.userFlowId)
      : [];
  const parsed = buildSignUpFormSchema(
    localisedFields(fields, journey.text, journey.userFlow?.strings),
    terms.length ? termsAcceptanceValue(terms) : null,
    journey.text,
  ).safeParse(input.values);
  if (!parsed.success) {
    await updateJourney(journey, {
      data: { ...data, flash: { fieldErrors: fieldErrorsOf(parsed.error), values: input.values } },
    });
    return;
  }

  const { [TERMS_FIELD]: _accepted, ...typed } = parsed.data;
  const checked = await runPostAttributeCollection(prisma, settings, journey, typed);
  if (checked.action !== "Continue") {
    await updateJourney(
      journey,
      checked.action === "ShowBlockPage"
        ? { state: "BLOCKED", data: { ...data, stopMessage: checked.userMessage } }
        : {
            data: {
              ...data,
              flash: {
                message:
                  checked.action === "ValidationError"
                    ? checked.userMessage
                    : journey.text("messages.signUpFailedAnswersKept"),
                values: input.values,
              },
            },
          },
    );
    return;
  }
  // Pre-set values the page did not ask for are kept; what the person answered wins over the rest.
  const answers = { ...data.presets, ...typed, ...checked.claims };
  if (input.requestIp) {
    const refused = await ABUSE_LIMITS.signUpsPerIp.consume(input.requestIp).then(
      () => undefined,
      (error: unknown) => rateLimitMessageOrThrow(error, journey.text),
    );
    if (refused) {
      await updateJourney(journey, {
        data: { ...data, flash: { message: refused, values: input.values } },
      });
      return;
    }
  }

  const guestUserId = uuidv7();
  // An invitation is the admin's own choice: it skips the flow's approval, but not a connector's.
  const awaitsApproval =
    checked.approvalPending === true ||
    (!data.signUpInvitationId && approvalRequired(journey.userFlow, journey.email));
  const guest: NewGuestUser = {
    id: guestUserId,
    tenantId: journey.tenantId,
    email: journey.email,
    values: answers,
    userFlowId: journey.userFlowId,
    applicationId: journey.applicationId,
    ...(await identityOfJourney(prisma, journey)),
    passwordHash: data.passwordHash,
    awaitsApproval,
    locale: journey.locale,
  };
  const method = data.upstream ? "federated" : data.passwordHash ? "password" : "email_code";
  const enrolment = signUpSecondFactor(journey, method, data);
  try {
    await transitionJourney(
      journey,
      awaitsApproval
        ? { state: "AWAITING_APPROVAL", guestUserId, data: withoutSignUp(data) }
        : enrolment
          ? {
              state: "ENROLLING_SECOND_FACTOR",
              guestUserId,
              data: {
                ...withoutSignUp(data),
                pendingSignIn: { method },
                secondFactorOptional: enrolment === "optional",
              },
            }
          : {
              state: "COMPLETED",
              guestUserId,
              data: { ...data, outcome: signedInOutcome(guestUserId, method, data) },
            },
      async (sql) => {
        await createGuestUser(sql, guest);
        await recordTermsAcceptances(
          sql,
          { tenantId: journey.tenantId, guestUserId, clientIp: input.requestIp ?? null },
          terms,
        );
        if (data.signUpInvitationId)
          await acceptInvitationAtSignUp(
            sql,
            journey.tenantId,
            data.signUpInvitationId,
            guestUserId,
          );
        if (awaitsApproval)
          await notifyApprovers(sql, settings, {
            tenantId: journey.tenantId,
            tenantSlug: journey.tenant.slug,
            tenantName: journey.tenant.brandingDisplayName ?? journey.tenant.name,
            applicationName: await applicationNameOf(sql, journey),
            email: guest.email,
          });
      },
      { durable: true },
    );
  } catch (error) {
    if (isInvitationWithdrawn(error)) {
      await updateJourney(journey, {
        state: "BLOCKED",
        data: { ...withoutSignUp(data), stopMessage: journey.text("messages.invitationWithdrawn") },
      });
      return;
    }
    if (!isUniqueViolation(error)) throw error;
    // The address (or the upstream identity) got an account since this journey proved it,
    // in another tab or by someone else: never hand that account over. Sign in instead.
    await updateJourney(journey, {
      state: "STARTED",
      kind: "SIGN_IN",
      data: {
        ...withoutSignUp(data),
        flash: {
          message: journey.text("messages.accountExists", { email: journey.email }),
          values: { email: journey.email },
        },
      },
    });
  }
}

/** The journey's data without what a sign-up carried: the proof, the password, the upstream. */
function withoutSignUp(data: JourneyData): JourneyData {
  const {
    provenEmail: _proven,
    passwordHash: _hash,
    passwordPurpose: _purpose,
    upstream: _upstream,
    signUpInvitationId: _invitation,
    presets: _presets,
    ...rest
  } = data;
  return rest;
}

interface NewGuestUser {
  id: string;
  tenantId: string;
  email: string;
  emailVerified: boolean;
  values: AttributeFormValues;
  userFlowId: string | null;
  applicationId: string | null;
  identity: {
    signInType: "emailAddress" | "federated";
    issuer: string;
    issuerAssignedId: string;
    identityProviderId: string | null;
  };
  /** argon2id, for email + password accounts. */
  passwordHash?: string;
  /** Created waiting for an approver (PENDING_APPROVAL), not yet able to sign in. */
  awaitsApproval: boolean;
  /** The language the person signed up in: later emails use it. */
  locale?: string;
}

async function applicationNameOf(sql: pg.PoolClient, journey: ActionJourney) {
  if (!journey.applicationId) return null;
  const { rows } = await sql.query<{ name: string }>(
    `SELECT name FROM "Application" WHERE id = $1 AND "tenantId" = $2`,
    [journey.applicationId, journey.tenantId],
  );
  return rows[0]?.name ?? null;
}

/** The identity a sign-up creates: the upstream one after federation, the proven email address otherwise. */
async function identityOfJourney(
  prisma: PrismaClient,
  journey: ActionJourney,
): Promise<Pick<NewGuestUser, "identity" | "emailVerified">> {
  const upstream = journey.data.upstream;
  if (upstream) {
    return {
      // Only a proven address gets here (a code, or an upstream trusted for email).
      emailVerified: true,
      identity: {
        signInType: "federated",
        issuer: upstream.issuer,
        issuerAssignedId: upstream.subject,
        identityProviderId: upstream.identityProviderId,
      },
    };
  }
  const local = await prisma.identityProvider.findFirst({
    where: {
      tenantId: journey.tenantId,
      type: journey.data.passwordHash ? "EMAIL_PASSWORD" : "EMAIL_OTP",
    },
  });
  return {
    emailVerified: true,
    identity: {
      signInType: "emailAddress",
      issuer: journey.tenant.slug,
      issuerAssignedId: journey.email!,
      identityProviderId: local?.id ?? null,
    },
  };
}

/**
 * Creates the guest user with built-in answers in their columns and custom ones
 * typed in `attributes`, its identity and the audit event, in the caller's
 * transaction. An address or identity that already has an account fails with
 * the unique violation: a sign-up never returns someone else's account.
 */
async function createGuestUser(sql: pg.PoolClient, guest: NewGuestUser): Promise<void> {
  const builtIn: Record<string, string> = {};
  const custom: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(guest.values)) {
    if (value === undefined || name === "email") continue;
    if ((BUILT_IN_ATTRIBUTE_COLUMNS as readonly string[]).includes(name))
      builtIn[name] = String(value);
    else if (!BUILT_IN_ATTRIBUTE_NAMES.has(name)) custom[name] = value;
  }
  const columns = Object.keys(builtIn);
  const values = [
    guest.id,
    guest.tenantId,
    guest.email,
    guest.emailVerified,
    guest.passwordHash ?? null,
    JSON.stringify(custom),
    guest.userFlowId,
    guest.applicationId,
    guest.awaitsApproval ? "PENDING_APPROVAL" : "ACTIVE",
    guest.locale ?? null,
    ...columns.map((column) => builtIn[column]),
  ];
  // Column names come from BUILT_IN_ATTRIBUTE_COLUMNS only, never from the request.
  // A waiting account has asked for approval, and has not signed in yet.
  await sql.query(
    `INSERT INTO "GuestUser"
       (id, "tenantId", email, "emailVerified", "passwordHash", attributes, "userFlowId",
        "applicationId", status, locale, ${columns.map((column) => `"${column}", `).join("")}
        "lastSignInAt", "approvalRequestedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::"GuestUserState", $10,
             ${columns.map((_, i) => `$${i + 11}, `).join("")}
             CASE WHEN $9::"GuestUserState" = 'ACTIVE' THEN ${SQL_NOW} END,
             CASE WHEN $9::"GuestUserState" = 'PENDING_APPROVAL' THEN ${SQL_NOW} END,
             ${SQL_NOW}, ${SQL_NOW})`,
    values,
  );
  await sql.query(
    `INSERT INTO "GuestIdentity"
       (id, "tenantId", "guestUserId", "identityProviderId", "signInType", issuer, "issuerAssignedId", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, ${SQL_NOW})`,
    [
      uuidv7(),
      guest.tenantId,
      guest.id,
      guest.identity.identityProviderId,
      guest.identity.signInType,
      guest.identity.issuer,
      guest.identity.issuerAssignedId,
    ],
  );
  await insertAuditEvent(sql, {
    tenantId: guest.tenantId,
    actorType: "GUEST_USER",
    actorId: guest.id,
    action: "guest.signed_up",
    targetType: "GuestUser",
    targetId: guest.id,
    details: {
      userFlowId: guest.userFlowId,
      applicationId: guest.applicationId,
      awaitsApproval: guest.awaitsApproval,
    },
  });
}
