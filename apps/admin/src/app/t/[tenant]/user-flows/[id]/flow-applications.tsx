"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, EmptyState, StatusMessage } from "@/components/ui";
import { assignApplicationAction } from "../actions";

interface FlowApplication {
  id: string;
  name: string;
  flowId: string | null;
  flowName: string | null;
}

/** An application uses one flow at a time; assigning it here moves it from its current flow. */
export function FlowApplications({
  tenant,
  flowId,
  applications,
  readOnly,
}: {
  tenant: string;
  flowId: string;
  applications: FlowApplication[];
  readOnly: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const assign = async (applicationId: string, target: string | null) => {
    const result = await assignApplicationAction(tenant, applicationId, target);
    setStatus(result);
    if (result.ok) router.refresh();
  };
  if (applications.length === 0)
    return (
      <EmptyState>No applications in this tenant yet. Register one under Applications.</EmptyState>
    );
  return (
    <>
      <StatusMessage status={status} />
      <ul className="divide-y divide-slate-200">
        {applications.map((application) => (
          <li
            key={application.id}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
          >
            <span>
              <span className="font-medium">{application.name}</span>
              <span className="block text-xs text-slate-600">
                {application.flowId === flowId
                  ? "Uses this flow"
                  : application.flowName
                    ? `Uses "${application.flowName}"`
                    : "Uses no flow"}
              </span>
            </span>
            {readOnly ? null : application.flowId === flowId ? (
              <Button
                variant="secondary"
                onClick={() => void assign(application.id, null)}
                aria-label={`Unassign ${application.name}`}
              >
                Unassign
              </Button>
            ) : (
              <Button
                variant="secondary"
                onClick={() => void assign(application.id, flowId)}
                aria-label={`Assign ${application.name}`}
              >
                {application.flowName ? `Move here` : "Assign"}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
