"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { ActionResult } from "../lib/action-result";
import { Button, ConfirmButton, StatusMessage } from "./ui";

/**
 * One row of an admin list: the item's name and summary, and for those who
 * may change it, Edit (opening its form in place) and a two-step Delete.
 */
export function EditableListItem(props: {
  name: ReactNode;
  /** Names the item in the buttons' accessible labels. */
  label: string;
  summary: ReactNode;
  editable: boolean;
  onDelete: () => Promise<ActionResult>;
  editor: (close: () => void) => ReactNode;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>
          <span className="font-medium">{props.name}</span>
          <span className="block text-xs break-all text-slate-600">{props.summary}</span>
        </span>
        {props.editable ? (
          <span className="inline-flex gap-2">
            <Button
              variant="secondary"
              aria-expanded={editing}
              aria-label={`Edit ${props.label}`}
              onClick={() => setEditing(!editing)}
            >
              Edit
            </Button>
            <ConfirmButton
              label="Delete"
              confirmLabel={`Delete ${props.label}`}
              onConfirm={async () => {
                const result = await props.onDelete();
                setStatus(result);
                if (result.ok) router.refresh();
              }}
            />
          </span>
        ) : null}
      </div>
      <StatusMessage status={status} />
      {editing ? (
        <div className="mt-3 rounded-md bg-slate-50 p-4">
          {props.editor(() => setEditing(false))}
        </div>
      ) : null}
    </li>
  );
}
