import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@guestlist/domain/access";
import { getApiConnector, listConnectorCalls } from "@guestlist/domain/connectors";
import { database } from "@/lib/database";
import { isAppError } from "@guestlist/domain/errors";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { TestConnector } from "./test-connector";

export const metadata: Metadata = { title: "API connector" };
export const dynamic = "force-dynamic";

const STEP_LABELS = {
  POST_FEDERATION_SIGNUP: "PostFederationSignup",
  POST_ATTRIBUTE_COLLECTION: "PostAttributeCollection",
  ON_TOKEN_ISSUANCE_START: "OnTokenIssuanceStart",
} as const;

export default async function ApiConnectorPage({
  params,
}: {
  params: Promise<{ tenant: string; id: string }>;
}) {
  const { tenant: slug, id } = await params;
  const access = await requireTenant(slug);
  const prisma = database();
  const connector = await getApiConnector(prisma, access, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const calls = await listConnectorCalls(prisma, access, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={connector.displayName} description={connector.endpointUrl} />
      {can(access.role, "apiConnectors.manage") ? (
        <Card title="Test connector">
          <TestConnector tenant={slug} connectorId={id} />
        </Card>
      ) : null}
      <Card title="Call log">
        {calls.length === 0 ? (
          <EmptyState>
            No calls yet. They appear here as people sign up through a flow that uses this
            connector.
          </EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Calls, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  When
                </th>
                <th scope="col" className="py-2 pr-3">
                  Step
                </th>
                <th scope="col" className="py-2 pr-3">
                  Flow
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Latency
                </th>
                <th scope="col" className="py-2 pr-3">
                  Outcome
                </th>
                <th scope="col" className="py-2">
                  Message
                </th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{call.createdAt.toLocaleString()}</td>
                  <td className="py-2 pr-3">
                    {STEP_LABELS[call.step]}
                    {call.attempt > 1 ? ` (try ${call.attempt})` : ""}
                  </td>
                  <td className="py-2 pr-3">{call.flowName ?? "test"}</td>
                  <td className="py-2 pr-3">{call.httpStatus ?? "—"}</td>
                  <td className="py-2 pr-3">{call.latencyMs} ms</td>
                  <td className="py-2 pr-3 font-mono text-xs">{call.outcome}</td>
                  <td className="py-2">
                    {call.userMessage ?? call.failureReason ?? ""}
                    <details>
                      <summary className="cursor-pointer text-blue-800">
                        Request (values masked)
                      </summary>
                      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                        {JSON.stringify(call.requestBodyMasked, null, 2)}
                      </pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
