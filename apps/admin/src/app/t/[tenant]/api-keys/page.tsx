import type { Metadata } from "next";
import Link from "next/link";
import { can, ROLE_LABELS } from "@guestlist/domain/access";
import { listApiKeys } from "@guestlist/domain/api-keys";
import { database } from "@/lib/database";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { CreateApiKeyForm, RevokeApiKeyButton } from "./api-key-forms";
import { utcMinute } from "@/lib/format-time";

const STATE_LABELS = { ACTIVE: "Active", REVOKED: "Revoked", EXPIRED: "Expired" } as const;

export const metadata: Metadata = { title: "API keys" };
export const dynamic = "force-dynamic";

export default async function ApiKeysPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const keys = await listApiKeys(database(), access);
  const manage = can(access.role, "apiKeys.manage");
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for the admin REST API, to automate this tenant's configuration and guest users. Each key acts with the role chosen for it."
        actions={
          <Link
            href="/api-docs"
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm"
          >
            API reference
          </Link>
        }
      />
      {manage ? (
        <Card title="New key">
          <CreateApiKeyForm tenant={slug} />
        </Card>
      ) : null}
      <Card title="Keys">
        {keys.length === 0 ? (
          <EmptyState>No API keys yet.</EmptyState>
        ) : (
          <table className="min-w-full text-left text-sm">
            <thead>
              <tr>
                {["Name", "Key starts with", "Role", "Last used", "Expires", "State", ""].map(
                  (h) => (
                    <th key={h} scope="col" className="p-2 font-medium">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => {
                const state = STATE_LABELS[key.state];
                return (
                  <tr key={key.id} className="border-t border-slate-100">
                    <td className="p-2">{key.name}</td>
                    <td className="p-2 font-mono">{key.prefix}</td>
                    <td className="p-2">{ROLE_LABELS[key.role]}</td>
                    <td className="p-2">{utcMinute(key.lastUsedAt)}</td>
                    <td className="p-2">{utcMinute(key.expiresAt)}</td>
                    <td className="p-2">{state}</td>
                    <td className="p-2">
                      {manage ? (
                        <RevokeApiKeyButton
                          tenant={slug}
                          id={key.id}
                          name={key.name}
                          active={state === "Active"}
                        />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
