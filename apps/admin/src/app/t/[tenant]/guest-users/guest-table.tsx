"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { GUEST_STATUS_LABELS, type TGuestUserStatus } from "@guestlist/domain/guests/schemas";
import { Button, ConfirmButton, StatusMessage } from "@/components/ui";
import { decideApprovalsAction, deleteGuestUsersAction, setBlockedAction } from "./actions";

const STATUS_STYLES: Record<TGuestUserStatus, string> = {
  ACTIVE: "",
  BLOCKED: "rounded bg-red-100 px-2 py-0.5 text-red-900",
  PENDING_APPROVAL: "rounded bg-amber-100 px-2 py-0.5 text-amber-900",
  DECLINED: "rounded bg-slate-200 px-2 py-0.5 text-slate-800",
};

export interface GuestRow {
  id: string;
  email: string;
  name: string;
  status: TGuestUserStatus;
  userFlow: string;
  providers: string;
  createdAt: string;
  lastSignInAt: string;
}

/** The directory's page of results, with a selection for bulk block and delete. */
export function GuestTable({
  tenant,
  rows,
  editable,
}: {
  tenant: string;
  rows: GuestRow[];
  editable: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const run = async (action: () => ReturnType<typeof setBlockedAction>) => {
    const result = await action();
    setStatus(result);
    if (result.ok) {
      setSelected(new Set());
      router.refresh();
    }
  };
  const ids = [...selected];
  return (
    <>
      <StatusMessage status={status} />
      {editable ? (
        <div
          className="mb-3 flex flex-wrap items-center gap-2"
          aria-label="Bulk actions"
          role="group"
        >
          <span className="text-sm text-slate-700">{ids.length} selected</span>
          <Button
            variant="secondary"
            disabled={ids.length === 0}
            onClick={() => run(() => decideApprovalsAction(tenant, ids, "APPROVE"))}
          >
            Approve selected
          </Button>
          <Button
            variant="secondary"
            disabled={ids.length === 0}
            onClick={() => run(() => decideApprovalsAction(tenant, ids, "DECLINE"))}
          >
            Decline selected
          </Button>
          <Button
            variant="secondary"
            disabled={ids.length === 0}
            onClick={() => run(() => setBlockedAction(tenant, ids, true))}
          >
            Block selected
          </Button>
          {ids.length > 0 ? (
            <ConfirmButton
              label="Delete selected"
              confirmLabel={`Delete ${ids.length} user${ids.length === 1 ? "" : "s"} for good`}
              onConfirm={() => run(() => deleteGuestUsersAction(tenant, ids))}
            />
          ) : null}
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Guest users</caption>
          <thead className="bg-slate-50">
            <tr>
              {editable ? (
                <th scope="col" className="p-2">
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={allSelected}
                    onChange={() =>
                      setSelected(allSelected ? new Set() : new Set(rows.map((row) => row.id)))
                    }
                  />
                </th>
              ) : null}
              {[
                "Email",
                "Name",
                "State",
                "User flow",
                "Identity providers",
                "Signed up",
                "Last sign-in",
              ].map((heading) => (
                <th key={heading} scope="col" className="p-2 font-medium">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100">
                {editable ? (
                  <td className="p-2">
                    <input
                      type="checkbox"
                      aria-label={`Select ${row.email}`}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                ) : null}
                <td className="p-2">
                  <Link
                    href={`/t/${tenant}/guest-users/${row.id}`}
                    className="text-blue-800 underline"
                  >
                    {row.email}
                  </Link>
                </td>
                <td className="p-2">{row.name}</td>
                <td className="p-2">
                  <span className={STATUS_STYLES[row.status]}>
                    {GUEST_STATUS_LABELS[row.status]}
                  </span>
                </td>
                <td className="p-2">{row.userFlow}</td>
                <td className="p-2">{row.providers}</td>
                <td className="p-2 whitespace-nowrap">{row.createdAt}</td>
                <td className="p-2 whitespace-nowrap">{row.lastSignInAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
