import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@guestlist/domain/access";
import { isAppError } from "@guestlist/domain/errors";
import { endpointOfTenant, listWebhookDeliveries } from "@guestlist/domain/webhooks";
import type { WebhookEventType } from "@guestlist/domain/webhooks/schemas";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { database } from "@/lib/database";
import { utcMinute } from "@/lib/format-time";
import { requireTenant } from "@/lib/session";
import { RedeliverButton, WebhookActions, WebhookForm } from "../webhook-forms";

export const metadata: Metadata = { title: "Webhook endpoint" };
export const dynamic = "force-dynamic";

const STATUS_LABELS = {
  PENDING: "Waiting",
  SUCCEEDED: "Delivered",
  FAILED: "Given up",
} as const;

export default async function WebhookEndpointPage({
  params,
}: {
  params: Promise<{ tenant: string; id: string }>;
}) {
  const { tenant: slug, id } = await params;
  const access = await requireTenant(slug);
  const prisma = database();
  const found = await Promise.all([
    endpointOfTenant(prisma, access.tenant.id, id),
    listWebhookDeliveries(prisma, access, id, { limit: 100 }),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [endpoint, deliveries] = found;
  const editable = can(access.role, "webhooks.manage");
  return (
    <>
      <PageHeader title="Webhook endpoint" description={endpoint.url} />
      {!endpoint.enabled ? (
        <p role="status" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          Turned off{endpoint.disabledAt ? ` on ${utcMinute(endpoint.disabledAt)}` : ""}:{" "}
          {endpoint.disabledReason ?? "no events are queued for it."}
        </p>
      ) : endpoint.failingSince ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Failing since {utcMinute(endpoint.failingSince)}: events are retried for a day, then the
          endpoint is turned off.
        </p>
      ) : null}
      <Card title="Settings">
        {editable ? (
          <WebhookForm
            tenant={slug}
            existing={{
              id: endpoint.id,
              url: endpoint.url,
              description: endpoint.description,
              eventTypes: endpoint.eventTypes as WebhookEventType[],
              enabled: endpoint.enabled,
            }}
          />
        ) : (
          <dl className="text-sm">
            <dt className="font-medium">Events</dt>
            <dd className="font-mono">{endpoint.eventTypes.join(", ")}</dd>
          </dl>
        )}
        <p className="mt-4 text-sm text-slate-600">
          Last delivered: {utcMinute(endpoint.lastSuccessAt)}.
          {endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()
            ? ` The previous secret also signs until ${utcMinute(endpoint.previousSecretExpiresAt)}.`
            : ""}
        </p>
      </Card>
      {editable ? (
        <Card title="Test, rotate, delete">
          <WebhookActions tenant={slug} id={endpoint.id} />
        </Card>
      ) : null}
      <Card title="Delivery log">
        {deliveries.length === 0 ? (
          <EmptyState>No events yet. They appear here as they are sent.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Events sent to this endpoint, newest first</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  {["Created", "Event", "Status", "Attempts", "Last answer", "Latency", ""].map(
                    (heading) => (
                      <th key={heading} scope="col" className="py-2 pr-3">
                        {heading}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr key={delivery.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{utcMinute(delivery.createdAt)}</td>
                    <td className="py-2 pr-3">
                      <span className="font-mono">{delivery.eventType}</span>
                      <details>
                        <summary className="cursor-pointer text-blue-800">Body</summary>
                        <pre className="mt-1 max-w-md overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                          {JSON.stringify(delivery.payload, null, 2)}
                        </pre>
                        <p className="text-xs text-slate-600">webhook-id {delivery.messageId}</p>
                      </details>
                    </td>
                    <td className="py-2 pr-3">
                      {STATUS_LABELS[delivery.status]}
                      {delivery.nextAttemptAt && delivery.attempts > 0 ? (
                        <span className="block text-xs text-slate-600">
                          next try {utcMinute(delivery.nextAttemptAt)}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">{delivery.attempts}</td>
                    <td className="py-2 pr-3">
                      {delivery.lastHttpStatus ?? (delivery.attempts > 0 ? "no answer" : "—")}
                      {delivery.lastResponse ? (
                        <span className="block max-w-xs truncate text-xs text-slate-600">
                          {delivery.lastResponse}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">
                      {delivery.lastLatencyMs === null ? "—" : `${delivery.lastLatencyMs} ms`}
                    </td>
                    <td className="py-2">
                      {editable && delivery.status !== "PENDING" ? (
                        <RedeliverButton tenant={slug} id={endpoint.id} deliveryId={delivery.id} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
