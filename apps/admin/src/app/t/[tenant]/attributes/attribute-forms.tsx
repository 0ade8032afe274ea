"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ZCreateUserAttributeInput,
  ZUpdateUserAttributeInput,
  type TCreateUserAttributeInput,
  type TUpdateUserAttributeInput,
} from "@guestlist/domain/attributes/schemas";
import { Button, ConfirmButton, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createAttributeAction, deleteAttributeAction, updateAttributeAction } from "./actions";

export function CreateAttributeForm({ tenant }: { tenant: string }) {
  const { form, fields, submit, status, pending } = useActionForm<TCreateUserAttributeInput>({
    schema: ZCreateUserAttributeInput,
    defaultValues: { name: "", dataType: "STRING", description: "" },
    action: (values) => createAttributeAction(tenant, values),
    onSuccess: () => form.reset(),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      <Field
        id="attribute-name"
        label="Name"
        hint="Letters and digits, starting with a letter, e.g. BusinessName. It cannot change once a flow uses it."
        error={errors.name?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("name")} />}
      </Field>
      <Field id="attribute-type" label="Data type" error={errors.dataType?.message}>
        {(aria) => (
          <select {...aria} className={inputClass} {...fields.text("dataType")}>
            <option value="STRING">String</option>
            <option value="INTEGER">Integer</option>
            <option value="BOOLEAN">Boolean</option>
          </select>
        )}
      </Field>
      <Field
        id="attribute-description"
        label="Description"
        hint="For administrators."
        error={errors.description?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("description")} />}
      </Field>
      <Button type="submit" disabled={pending}>
        Create attribute
      </Button>
    </form>
  );
}

interface RowAttribute {
  id: string;
  name: string;
  /** A built-in's display name ("Given name"), a custom attribute's name. */
  label: string;
  description: string;
  dataType: string;
  kind: string;
  usedBy: string[];
}

export function AttributeRow({
  tenant,
  attribute,
  editable,
}: {
  tenant: string;
  attribute: RowAttribute;
  editable: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  return (
    <>
      <tr className="border-b border-slate-200 align-top">
        <th scope="row" className="py-2 pr-3 font-medium">
          {attribute.label}
          <span className="block text-xs font-normal break-all text-slate-500">
            {attribute.kind}
          </span>
        </th>
        <td className="py-2 pr-3">{attribute.dataType}</td>
        <td className="py-2 pr-3">{attribute.description}</td>
        <td className="py-2 pr-3">{attribute.usedBy.join(", ") || "—"}</td>
        <td className="py-2 text-right whitespace-nowrap">
          {editable ? (
            <span className="inline-flex gap-2">
              <Button
                variant="secondary"
                onClick={() => setEditing(!editing)}
                aria-expanded={editing}
                aria-label={`Edit ${attribute.name}`}
              >
                Edit
              </Button>
              <ConfirmButton
                label={`Delete`}
                confirmLabel={`Delete ${attribute.name}`}
                onConfirm={async () => {
                  const result = await deleteAttributeAction(tenant, attribute.id);
                  setStatus(result);
                  if (result.ok) router.refresh();
                }}
              />
            </span>
          ) : null}
        </td>
      </tr>
      {status || editing ? (
        <tr>
          <td colSpan={5} className="pb-3">
            <StatusMessage status={status} />
            {editing ? (
              <EditAttributeForm
                tenant={tenant}
                attribute={attribute}
                onDone={() => setEditing(false)}
              />
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function EditAttributeForm({
  tenant,
  attribute,
  onDone,
}: {
  tenant: string;
  attribute: RowAttribute;
  onDone: () => void;
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<TUpdateUserAttributeInput>({
    schema: ZUpdateUserAttributeInput,
    defaultValues: { name: attribute.name, description: attribute.description },
    action: (values) => updateAttributeAction(tenant, attribute.id, values),
    onSuccess: () => {
      router.refresh();
      onDone();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-xl rounded-md bg-slate-50 p-4">
      <StatusMessage status={status} />
      <Field id={`edit-name-${attribute.id}`} label="Name" error={errors.name?.message}>
        {(aria) => <input {...aria} className={inputClass} {...fields.text("name")} />}
      </Field>
      <Field
        id={`edit-description-${attribute.id}`}
        label="Description"
        error={errors.description?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("description")} />}
      </Field>
      <Button type="submit" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
