import { v7 as uuidv7 } from "uuid";
import { SQL_NOW } from "../database/sql-time";
import type { WebhookEventOfAudit } from "./webhook-events-of-audit";

export const DELIVER_WEBHOOKS_TASK = "deliver-webhooks";

/** One chain of deliveries: an endpoint's events about one subject, sent one after another. */
export const webhookChainKey = (endpointId: string, subject: string) =>
  `webhook:${endpointId}:${subject}`;

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The guest or invitation an event is about, as the receiver gets it (read in the change's transaction). */
const SUBJECT_DATA = (tenant: string, targetType: string, targetId: string) => `
  SELECT CASE ${targetType}
    WHEN 'GuestUser' THEN jsonb_build_object('guest', COALESCE(
      (SELECT jsonb_build_object(
          'id', g.id, 'email', g.email, 'emailVerified', g."emailVerified",
          'displayName', g."displayName", 'givenName', g."givenName", 'surname', g.surname,
          'jobTitle', g."jobTitle", 'streetAddress', g."streetAddress", 'city', g.city,
          'state', g.state, 'postalCode', g."postalCode", 'country', g.country,
          'attributes', g.attributes, 'status', g.status, 'locale', g.locale,
          'userFlowId', g."userFlowId", 'applicationId', g."applicationId",
          'createdAt', ${iso(`g."createdAt"`)}, 'updatedAt', ${iso(`g."updatedAt"`)},
          'lastSignInAt', ${iso(`g."lastSignInAt"`)})
         FROM "GuestUser" g WHERE g.id::text = ${targetId} AND g."tenantId" = ${tenant}),
      jsonb_build_object('id', ${targetId})))
    WHEN 'GuestInvitation' THEN jsonb_build_object('invitation', COALESCE(
      (SELECT jsonb_build_object(
          'id', i.id, 'email', i.email, 'applicationId', i."applicationId", 'status', i.status,
          'expiresAt', ${iso(`i."expiresAt"`)}, 'sentCount', i."sentCount",
          'guestUserId', i."acceptedGuestUserId", 'createdAt', ${iso(`i."createdAt"`)})
         FROM "GuestInvitation" i WHERE i.id::text = ${targetId} AND i."tenantId" = ${tenant}),
      jsonb_build_object('id', ${targetId})))
    ELSE jsonb_build_object('id', ${targetId})
  END AS data`;

/**
 * The part of a statement that writes an audited change's webhook events: for
 * each event and each enabled endpoint of the tenant subscribed to it, a
 * message and a delivery, and the job that sends the subject's chain. It runs
 * in the change's own statement, so the events exist exactly when the change
 * committed (an outbox) and cost one round trip, nothing when no endpoint
 * listens. Parameters: the tenant, target type, target id and events (JSON:
 * [{id, type, data}]) at the given positions.
 */
export function webhookOutboxSql(p: {
  tenant: string;
  targetType: string;
  targetId: string;
  events: string;
}): string {
  const chain = `'webhook:' || d."endpointId" || ':' || ${p.targetId}`;
  return `
  subject_data AS (${SUBJECT_DATA(p.tenant, p.targetType, p.targetId)}),
  matched AS (
    SELECT m.id AS message_id, m.type, m.data, e.id AS endpoint_id
      FROM jsonb_to_recordset(${p.events}::jsonb) AS m(id uuid, type text, data jsonb)
      JOIN "WebhookEndpoint" e
        ON e."tenantId" = ${p.tenant} AND e.enabled AND m.type = ANY(e."eventTypes")),
  messages AS (
    INSERT INTO "WebhookMessage" (id, "tenantId", "eventType", subject, payload, "createdAt")
    SELECT DISTINCT ON (m.message_id) m.message_id, ${p.tenant}, m.type, ${p.targetId},
           jsonb_build_object('type', m.type, 'timestamp', ${iso(SQL_NOW)},
                              'data', s.data || m.data),
           ${SQL_NOW}
      FROM matched m CROSS JOIN subject_data s
    RETURNING id),
  deliveries AS (
    INSERT INTO "WebhookDelivery" (id, "tenantId", "messageId", "endpointId", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid(), ${p.tenant}, message_id, endpoint_id, ${SQL_NOW}, ${SQL_NOW} FROM matched
    RETURNING "endpointId")
  SELECT graphile_worker.add_job('${DELIVER_WEBHOOKS_TASK}',
           json_build_object('endpointId', d."endpointId", 'subject', ${p.targetId}),
           queue_name => ${chain}, job_key => ${chain}, job_key_mode => 'preserve_run_at')
    FROM (SELECT DISTINCT "endpointId" FROM deliveries) d`;
}

/** The events' JSON parameter, each with its message id (time-ordered). */
export function webhookEventsParameter(events: WebhookEventOfAudit[]): string {
  return JSON.stringify(events.map((event) => ({ id: uuidv7(), ...event })));
}
