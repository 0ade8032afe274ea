import { textFor } from "../i18n/text";
import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import { insertAuditEvent } from "../audit/insert-audit-event";
import { connectorRequestBody, type ConnectorOutcome } from "../connectors/connector-contract";
import { invokeApiConnector } from "../connectors/invoke-api-connector";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError } from "../errors/app-error";
import {
  buildAttributeFormSchema,
  fieldErrorsOf,
  type AttributeFormValues,
  type AttributeValue,
} from "../flows/attribute-form";
import type { JourneySettings } from "../journeys/journey-settings";
import { ACCOUNT_CLIENT_ID } from "./account-client";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE, profileFieldsOf } from "./my-account-view";

export type ProfileUpdateResult =
  | { status: "saved"; changed: string[] }
  | { status: "invalid"; fieldErrors: Record<string, string>; message?: string };

/**
 * The person corrects their own answers: only the questions their flow marks
 * editable, validated by the same schema as at sign-up, then checked by the
 * flow's PostAttributeCollection connector (called with `"step":
 * "ProfileUpdate"`), whose Continue claims win as they do at sign-up. A blank
 * optional answer clears it. The change and its audit event (which names the
 * attributes, not their values) commit together.
 */
export async function updateMyProfile(
  prisma: PrismaClient,
  settings: JourneySettings,
  holder: AccountHolder,
  input: Record<string, unknown>,
): Promise<ProfileUpdateResult> {
  const guest = await prisma.guestUser.findFirst({
    where: { id: holder.guestUserId, tenantId: holder.tenantId, status: "ACTIVE" },
    include: { tenant: true, identities: { orderBy: { createdAt: "asc" } } },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  const editable = (await profileFieldsOf(prisma, holder, guest.userFlowId)).filter(
    (field) => field.editable !== false,
  );
  if (editable.length === 0) return { status: "saved", changed: [] };
  const text = textFor(holder.locale);
  const parsed = buildAttributeFormSchema(editable, text).safeParse(input);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };

  const custom = guest.attributes as Record<string, AttributeValue>;
  const current: AttributeFormValues = Object.fromEntries(
    editable.map((field) => [
      field.name,
      (isColumn(field.name) ? guest[field.name] : custom[field.name]) ?? undefined,
    ]),
  );
  const checked = await runProfileUpdateConnector(prisma, settings, guest, {
    ...custom,
    ...current,
    ...parsed.data,
  });
  if (checked.action !== "Continue")
    return {
      status: "invalid",
      fieldErrors: {},
      message: "userMessage" in checked ? checked.userMessage : text("accountMessages.saveFailed"),
    };
  const answers: AttributeFormValues = { ...parsed.data };
  for (const [name, value] of Object.entries(checked.claims))
    if (name in answers || editable.some((field) => field.name === name)) answers[name] = value;
  const changed = editable
    .map((field) => field.name)
    .filter((name) => (answers[name] ?? null) !== (current[name] ?? null));
  if (changed.length === 0) return { status: "saved", changed };

  await withSqlTransaction(sqlPool(), async (sql) => {
    const columns = changed.filter(isColumn);
    const customNames = changed.filter((name) => !isColumn(name));
    const setCustom = Object.fromEntries(
      customNames
        .filter((name) => answers[name] !== undefined)
        .map((name) => [name, answers[name]]),
    );
    const cleared = customNames.filter((name) => answers[name] === undefined);
    // Column names come from BUILT_IN_ATTRIBUTE_COLUMNS only, never from the request.
    const { rowCount } = await sql.query(
      `UPDATE "GuestUser"
          SET ${columns.map((column, i) => `"${column}" = $${i + 5}, `).join("")}
              attributes = (attributes - $4::text[]) || $3::jsonb, "updatedAt" = ${SQL_NOW}
        WHERE id = $1 AND "tenantId" = $2 AND status = 'ACTIVE'`,
      [
        holder.guestUserId,
        holder.tenantId,
        JSON.stringify(setCustom),
        cleared,
        ...columns.map((column) =>
          answers[column] === undefined ? null : String(answers[column]),
        ),
      ],
    );
    if (rowCount !== 1) throw new AppError("unauthenticated", ACCOUNT_GONE);
    await insertAuditEvent(sql, {
      tenantId: holder.tenantId,
      actorType: "GUEST_USER",
      actorId: holder.guestUserId,
      action: "guest.profile_updated",
      targetType: "GuestUser",
      targetId: holder.guestUserId,
      details: { changed },
      ip: holder.requestIp,
    });
  });
  return { status: "saved", changed };
}

const isColumn = (name: string): name is (typeof BUILT_IN_ATTRIBUTE_COLUMNS)[number] =>
  (BUILT_IN_ATTRIBUTE_COLUMNS as readonly string[]).includes(name);

async function runProfileUpdateConnector(
  prisma: PrismaClient,
  settings: JourneySettings,
  guest: {
    tenantId: string;
    userFlowId: string | null;
    email: string;
    tenant: { slug: string; extensionAppId: string };
    identities: { signInType: string; issuer: string; issuerAssignedId: string }[];
  },
  values: AttributeFormValues,
): Promise<ConnectorOutcome> {
  const assignment = guest.userFlowId
    ? await prisma.userFlowApiConnector.findFirst({
        where: {
          tenantId: guest.tenantId,
          userFlowId: guest.userFlowId,
          step: "POST_ATTRIBUTE_COLLECTION",
        },
        include: { apiConnector: true },
      })
    : null;
  if (!assignment) return { action: "Continue", claims: {} };
  const body = connectorRequestBody({
    step: "POST_ATTRIBUTE_COLLECTION",
    profileUpdate: true,
    clientId: ACCOUNT_CLIENT_ID,
    uiLocales: null,
    email: guest.email,
    identities: guest.identities.map(({ signInType, issuer, issuerAssignedId }) => ({
      signInType,
      issuer,
      issuerAssignedId,
    })),
    values,
    extensionAppId: guest.tenant.extensionAppId,
  });
  const attributes = await prisma.userAttribute.findMany({
    where: { tenantId: guest.tenantId, name: { not: "email" } },
    select: { name: true, dataType: true },
  });
  return invokeApiConnector(prisma, assignment.apiConnector, "POST_ATTRIBUTE_COLLECTION", body, {
    encryptionKey: settings.encryptionKey,
    allowPrivateNetworks: settings.connectors.allowPrivateNetworks,
    trustedCa: settings.connectors.trustedCa,
    extensionAppId: guest.tenant.extensionAppId,
    attributes,
    userFlowId: guest.userFlowId,
    journeyId: null,
  });
}
