import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import { listTermsDocuments } from "@guestlist/domain/terms";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { database } from "@/lib/database";
import { utcMinute } from "@/lib/format-time";
import { requireTenant } from "@/lib/session";
import { CreateTermsDocumentForm, PublishVersionForm } from "./terms-forms";

export const metadata: Metadata = { title: "Terms of use" };
export const dynamic = "force-dynamic";

export default async function TermsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const documents = await listTermsDocuments(database(), access);
  const editable = can(access.role, "userFlows.manage");
  return (
    <>
      <PageHeader
        title="Terms of use"
        description="Versioned documents people accept: at sign-up, and again at their next sign-in when you publish a new version. A user flow chooses which to require."
      />
      {documents.length === 0 ? <EmptyState>No terms documents yet.</EmptyState> : null}
      {documents.map((document) => {
        const current = document.versions[0]!;
        return (
          <Card key={document.id} title={document.name}>
            <p className="mb-3 text-sm text-slate-700">
              Required by:{" "}
              {document.userFlows.map((entry) => entry.userFlow.name).join(", ") ||
                "no user flow yet"}
              . Accepted {document._count.acceptances} time
              {document._count.acceptances === 1 ? "" : "s"}.
            </p>
            <table className="mb-4 min-w-full text-left text-sm">
              <caption className="sr-only">Versions of {document.name}</caption>
              <thead>
                <tr>
                  {["Version", "Title", "Text", "Published"].map((heading) => (
                    <th key={heading} scope="col" className="p-2 font-medium">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {document.versions.map((version) => (
                  <tr key={version.id} className="border-t border-slate-100">
                    <td className="p-2">
                      {version.version}
                      {version.id === current.id ? " (current)" : ""}
                    </td>
                    <td className="p-2">{version.title}</td>
                    <td className="p-2 break-all">{version.url ?? "Markdown text"}</td>
                    <td className="p-2">
                      {utcMinute(version.publishedAt)} by {version.publishedByName}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {editable ? (
              <details>
                <summary className="cursor-pointer font-medium">Publish a new version</summary>
                <div className="mt-3">
                  <PublishVersionForm
                    tenant={slug}
                    documentId={document.id}
                    nextVersion={current.version + 1}
                    current={current}
                  />
                </div>
              </details>
            ) : null}
          </Card>
        );
      })}
      {editable ? (
        <Card title="New terms document">
          <CreateTermsDocumentForm tenant={slug} />
        </Card>
      ) : null}
    </>
  );
}
