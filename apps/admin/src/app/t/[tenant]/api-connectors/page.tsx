import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import { listApiConnectors } from "@guestlist/domain/connectors";
import { database } from "@/lib/database";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { ConnectorForm, ConnectorRow } from "./connector-forms";

export const metadata: Metadata = { title: "API connectors" };
export const dynamic = "force-dynamic";

const STEP_USES = {
  POST_FEDERATION_SIGNUP: "after federation",
  POST_ATTRIBUTE_COLLECTION: "before creating the user",
  ON_TOKEN_ISSUANCE_START: "before issuing tokens",
} as const;

export default async function ApiConnectorsPage({
  params,
}: {
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const connectors = await listApiConnectors(database(), access);
  const editable = can(access.role, "apiConnectors.manage");
  return (
    <>
      <PageHeader
        title="API connectors"
        description="Your own endpoints, called during sign-up to check, correct or enrich what people enter. Compatible with Entra's API connectors."
      />
      <Card>
        {connectors.length === 0 ? (
          <EmptyState>No API connectors yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {connectors.map((connector) => (
              <ConnectorRow
                key={connector.id}
                tenant={slug}
                editable={editable}
                connector={{
                  id: connector.id,
                  displayName: connector.displayName,
                  endpointUrl: connector.endpointUrl,
                  authType: connector.authType,
                  basicUsername: connector.basicUsername ?? "",
                  timeoutMs: connector.timeoutMs,
                  retries: connector.retries,
                  hasBasicPassword: connector.hasBasicPassword,
                  hasCertificate: connector.hasCertificate,
                  certificateThumbprint: connector.certificateThumbprint,
                  certificateExpiresAt: connector.certificateExpiresAt?.toISOString() ?? null,
                  usedBy: connector.usedBy.map((u) => `${u.flow} (${STEP_USES[u.step]})`),
                }}
              />
            ))}
          </ul>
        )}
      </Card>
      {editable ? (
        <Card title="Add an API connector">
          <ConnectorForm tenant={slug} />
        </Card>
      ) : null}
    </>
  );
}
