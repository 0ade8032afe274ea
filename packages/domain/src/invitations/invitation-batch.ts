import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { actorDisplayName } from "../access/actor-display-name";
import type { TenantAccess } from "../access/tenant-access";
import { insertAccessAuditEvent } from "../audit/insert-access-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { SQL_NOW } from "../database/sql-time";
import type { FieldIssue } from "../errors/app-error";
import type { AttributeDataType } from "../generated/prisma/enums";
import { coerceAttributeValue, type StoredAttributeValue } from "../guests/attribute-values";
import { queueInvitationEmail, type InvitationSettings } from "./invitation-email";
import {
  invitationLinkTokenHash,
  invitationPendingKey,
  newInvitationLinkToken,
} from "./invitation-link";
import { ZInviteGuestInput } from "./invitation-schemas";

/** What every invitation of one request shares: who invites, and what may be invited to. */
export interface InvitationContext {
  access: TenantAccess;
  settings: InvitationSettings;
  inviterName: string;
  applications: Map<string, { id: string; name: string }>;
  attributes: Map<string, AttributeDataType>;
}

export interface PreparedInvitation {
  email: string;
  applicationId: string;
  attributes: Record<string, StoredAttributeValue>;
  message: string | null;
  expiresAt: Date;
}

export async function loadInvitationContext(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: InvitationSettings,
): Promise<InvitationContext> {
  const tenantId = access.tenant.id;
  const [applications, attributes, inviterName] = await Promise.all([
    prisma.application.findMany({ where: { tenantId }, select: { id: true, name: true } }),
    prisma.userAttribute.findMany({ where: { tenantId }, select: { name: true, dataType: true } }),
    actorDisplayName(prisma, access),
  ]);
  return {
    access,
    settings,
    inviterName,
    applications: new Map(applications.map((application) => [application.id, application])),
    attributes: new Map(attributes.map((attribute) => [attribute.name, attribute.dataType])),
  };
}

/** Checks one invitation as asked: the application is the tenant's, each pre-set value fits its attribute. */
export function prepareInvitation(
  context: InvitationContext,
  input: unknown,
): { invitation: PreparedInvitation } | { issues: FieldIssue[] } {
  const parsed = ZInviteGuestInput.safeParse(input);
  if (!parsed.success)
    return {
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      })),
    };
  const { email, applicationId, message, expiresInDays } = parsed.data;
  const issues: FieldIssue[] = [];
  if (!context.applications.has(applicationId))
    issues.push({ path: "applicationId", message: "There is no such application in this tenant." });
  const attributes: Record<string, StoredAttributeValue> = {};
  for (const [name, raw] of Object.entries(parsed.data.attributes)) {
    const path = `attributes.${name}`;
    const dataType = context.attributes.get(name);
    if (!dataType) {
      issues.push({ path, message: `There is no attribute named "${name}".` });
      continue;
    }
    if (name === "email") {
      issues.push({ path, message: "The address is the invitation's own; it is not pre-set." });
      continue;
    }
    const coerced = coerceAttributeValue(dataType, raw);
    if ("error" in coerced) issues.push({ path, message: coerced.error });
    else if (coerced.value !== null) attributes[name] = coerced.value;
  }
  if (issues.length) return { issues };
  return {
    invitation: {
      email,
      applicationId,
      attributes,
      message: message ?? null,
      expiresAt: new Date(Date.now() + expiresInDays * 24 * 60 * 60 * 1000),
    },
  };
}

/**
 * An invitation whose expiry passed keeps its place in the list (as Expired)
 * but no longer blocks a new invitation of the same person to the same application.
 */
export async function releaseExpiredInvitations(
  sql: pg.PoolClient,
  tenantId: string,
  pendingKeys: string[],
): Promise<void> {
  await sql.query(
    `UPDATE "GuestInvitation" SET "pendingKey" = NULL, "updatedAt" = ${SQL_NOW}
      WHERE "tenantId" = $1 AND "pendingKey" = ANY($2::text[]) AND "expiresAt" <= ${SQL_NOW}`,
    [tenantId, pendingKeys],
  );
}

/**
 * Creates the invitation, queues its email and records the audit event, in
 * the caller's transaction. Null when the person already has an open
 * invitation to that application (the unique pendingKey decides, so two
 * parallel requests create one).
 */
export async function issueInvitation(
  sql: pg.PoolClient,
  context: InvitationContext,
  invitation: PreparedInvitation,
): Promise<{ id: string } | null> {
  const { access, settings } = context;
  const id = uuidv7();
  const token = newInvitationLinkToken();
  const { rowCount } = await sql.query(
    `INSERT INTO "GuestInvitation"
       (id, "tenantId", "applicationId", email, "tokenHash", "pendingKey", attributes, message,
        "expiresAt", "invitedByType", "invitedById", "invitedByName", "lastSentAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, ${SQL_NOW}, ${SQL_NOW}, ${SQL_NOW})
     ON CONFLICT ("tenantId", "pendingKey") DO NOTHING`,
    [
      id,
      access.tenant.id,
      invitation.applicationId,
      invitation.email,
      invitationLinkTokenHash(token),
      invitationPendingKey(invitation.applicationId, invitation.email),
      JSON.stringify(invitation.attributes),
      invitation.message,
      invitation.expiresAt,
      access.actor.type,
      access.actor.id,
      context.inviterName,
    ],
  );
  if (rowCount !== 1) return null;
  await queueInvitationEmail(sql, access, settings, {
    applicationId: invitation.applicationId,
    applicationName: context.applications.get(invitation.applicationId)!.name,
    to: invitation.email,
    token,
    message: invitation.message,
    expiresAt: invitation.expiresAt,
  });
  await insertAccessAuditEvent(sql, access, {
    action: "guestInvitation.created",
    targetType: "GuestInvitation",
    targetId: id,
    details: {
      email: invitation.email,
      applicationId: invitation.applicationId,
      expiresAt: invitation.expiresAt.toISOString(),
      presetAttributes: Object.keys(invitation.attributes),
    },
  });
  return { id };
}

export const ALREADY_INVITED =
  "This person already has an open invitation to this application: resend it instead.";
