import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@guestlist/domain/access";
import { listWebhookEndpoints } from "@guestlist/domain/webhooks";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { database } from "@/lib/database";
import { requireTenant } from "@/lib/session";
import { WebhookForm } from "./webhook-forms";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const endpoints = await listWebhookEndpoints(database(), access);
  const editable = can(access.role, "webhooks.manage");
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Signed events (Standard Webhooks) to your own systems when guests sign up, sign in, change, are blocked or deleted, and when invitations and approvals move: keep an HR or CRM system in step."
      />
      <Card>
        {endpoints.length === 0 ? (
          <EmptyState>No webhook endpoints yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {endpoints.map((endpoint) => (
              <li key={endpoint.id} className="py-3">
                <Link
                  href={`/t/${slug}/webhooks/${endpoint.id}`}
                  className="font-medium break-all text-blue-800 underline"
                >
                  {endpoint.url}
                </Link>
                <span
                  className={`ml-2 rounded px-2 py-0.5 text-xs ${endpoint.enabled ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
                >
                  {endpoint.enabled ? "Enabled" : "Turned off"}
                </span>
                {endpoint.description ? (
                  <p className="text-sm text-slate-700">{endpoint.description}</p>
                ) : null}
                <p className="font-mono text-xs text-slate-600">{endpoint.eventTypes.join(", ")}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {editable ? (
        <Card title="Add an endpoint">
          <WebhookForm tenant={slug} />
        </Card>
      ) : null}
    </>
  );
}
