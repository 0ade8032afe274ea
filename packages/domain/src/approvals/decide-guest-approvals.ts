import { textDirection } from "../i18n/locales";
import { textFor } from "../i18n/text";
import type pg from "pg";
import { actorDisplayName } from "../access/actor-display-name";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { insertAccessAuditEvent } from "../audit/insert-access-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW } from "../database/sql-time";
import { recordEmail, type EmailSettings } from "../email/send-email";
import { AppError } from "../errors/app-error";
import { GUEST_NOT_FOUND } from "../guests/guest-details";
import { escapeHtml } from "../web-security/escape-html";
import { ZApprovalDecision, type TApprovalDecision } from "./approval-schemas";

interface Decided {
  id: string;
  email: string;
  locale: string | null;
  strings: unknown;
  status: string;
  applicationName: string | null;
  initiateLoginUri: string | null;
}

/**
 * Approves or declines sign-ups waiting for approval, one or many: each
 * account changes with one conditional write (only from a state the decision
 * applies to), so two approvers deciding at once change it once, and each
 * change commits with its audit event and the email telling the person.
 * A declined account can still be approved later; an approved one is not
 * declined here (block it instead).
 */
export async function decideGuestApprovals(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: { email: EmailSettings },
  input: TApprovalDecision,
): Promise<{ changed: number }> {
  assertCan(access, "guestUsers.manage");
  const { ids, decision, reason } = ZApprovalDecision.parse(input);
  const unique = [...new Set(ids)];
  const decidedBy = await actorDisplayName(prisma, access);
  const target = decision === "APPROVE" ? "ACTIVE" : "DECLINED";
  const from = decision === "APPROVE" ? ["PENDING_APPROVAL", "DECLINED"] : ["PENDING_APPROVAL"];
  return withSqlTransaction(
    sqlPool(),
    async (sql) => {
      const { rows: found } = await sql.query(
        `SELECT id FROM "GuestUser" WHERE "tenantId" = $1 AND id = ANY($2::uuid[])`,
        [access.tenant.id, unique],
      );
      if (found.length !== unique.length) throw new AppError("not_found", GUEST_NOT_FOUND);
      const { rows } = await sql.query<Decided>(
        `WITH before AS (
           SELECT id, status FROM "GuestUser"
            WHERE "tenantId" = $1 AND id = ANY($2::uuid[]) AND status::text = ANY($3::text[])
            FOR UPDATE)
         UPDATE "GuestUser" g
            SET status = $4, "approvalDecidedAt" = ${SQL_NOW}, "approvalDecidedBy" = $5,
                "approvalReason" = $6, "updatedAt" = ${SQL_NOW}
           FROM before
          WHERE g.id = before.id AND g."tenantId" = $1
        RETURNING g.id, g.email, g.locale, before.status,
                  (SELECT f.strings FROM "UserFlow" f
                    WHERE f.id = g."userFlowId" AND f."tenantId" = g."tenantId") AS strings,
                  (SELECT a.name FROM "Application" a
                    WHERE a.id = g."applicationId" AND a."tenantId" = g."tenantId") AS "applicationName",
                  (SELECT a."initiateLoginUri" FROM "Application" a
                    WHERE a.id = g."applicationId" AND a."tenantId" = g."tenantId") AS "initiateLoginUri"`,
        [access.tenant.id, unique, from, target, decidedBy, reason ?? null],
      );
      for (const guest of rows) {
        await insertAccessAuditEvent(sql, access, {
          action: decision === "APPROVE" ? "guestUser.approved" : "guestUser.declined",
          targetType: "GuestUser",
          targetId: guest.id,
          details: { before: { status: guest.status }, after: { status: target }, reason },
        });
        await tellThePerson(sql, access, settings.email, guest, decision, reason);
      }
      return { changed: rows.length };
    },
    { durable: true },
  );
}

function tellThePerson(
  sql: pg.PoolClient,
  access: TenantAccess,
  email: EmailSettings,
  guest: Decided,
  decision: "APPROVE" | "DECLINE",
  reason: string | undefined,
) {
  const tenant = access.tenant.brandingDisplayName ?? access.tenant.name;
  const app = guest.applicationName ?? tenant;
  // In the language the person signed up in.
  const text = textFor(guest.locale, guest.strings);
  const open = `<div lang="${text.locale}" dir="${textDirection(text.locale)}">`;
  if (decision === "APPROVE") {
    const signIn = guest.initiateLoginUri;
    const approved = text("approvalEmail.approved", { tenant, app });
    return recordEmail(sql, email, {
      tenantId: access.tenant.id,
      to: guest.email,
      subject: text("approvalEmail.approvedSubject", { app }),
      text: `${approved}${signIn ? `\n${signIn}` : ""}`,
      html: `${open}<p>${escapeHtml(approved)}</p>${signIn ? `<p><a href="${escapeHtml(signIn)}">${escapeHtml(text("approvalEmail.signInLink"))}</a></p>` : ""}</div>`,
    });
  }
  const declined = text("approvalEmail.declined", { tenant, app });
  const why = reason ? text("approvalEmail.reason", { reason }) : "";
  return recordEmail(sql, email, {
    tenantId: access.tenant.id,
    to: guest.email,
    subject: text("approvalEmail.declinedSubject", { app }),
    text: `${declined}${why ? `\n\n${why}` : ""}`,
    html: `${open}<p>${escapeHtml(declined)}</p>${why ? `<p>${escapeHtml(why)}</p>` : ""}</div>`,
  });
}
