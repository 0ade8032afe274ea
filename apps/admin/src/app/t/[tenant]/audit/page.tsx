import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { AuditLog } from "./audit-log";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

export default async function AuditPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await requireTenant(slug);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change in this tenant: who, what, when, and what it was before."
      />
      <AuditLog tenant={slug} />
    </>
  );
}
