"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ZApiConnectorInput, type TApiConnectorInput } from "@guestlist/domain/connectors/schemas";
import { EditableListItem } from "@/components/editable-list-item";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createConnectorAction, deleteConnectorAction, updateConnectorAction } from "./actions";

interface ConnectorView {
  id: string;
  displayName: string;
  endpointUrl: string;
  authType: "BASIC" | "CLIENT_CERTIFICATE";
  basicUsername: string;
  timeoutMs: number;
  retries: number;
  hasBasicPassword: boolean;
  hasCertificate: boolean;
  certificateThumbprint: string | null;
  certificateExpiresAt: string | null;
  usedBy: string[];
}

type FormValues = Required<Omit<TApiConnectorInput, "timeoutMs" | "retries">> & {
  timeoutMs: number;
  retries: number;
};

/** Reads the chosen .pfx in the browser; the server action receives it as base64. */
async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function ConnectorForm({
  tenant,
  existing,
  onDone,
}: {
  tenant: string;
  existing?: ConnectorView;
  onDone?: () => void;
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<FormValues>({
    schema: ZApiConnectorInput,
    defaultValues: {
      displayName: existing?.displayName ?? "",
      endpointUrl: existing?.endpointUrl ?? "",
      authType: existing?.authType ?? "BASIC",
      basicUsername: existing?.basicUsername ?? "",
      basicPassword: "",
      certificateBase64: "",
      certificatePassword: "",
      timeoutMs: existing?.timeoutMs ?? 20000,
      retries: existing?.retries ?? 1,
    },
    action: (values) =>
      existing
        ? updateConnectorAction(tenant, existing.id, values)
        : createConnectorAction(tenant, values),
    onSuccess: () => {
      router.refresh();
      if (!existing) form.reset();
      onDone?.();
    },
  });
  const { errors } = form.formState;
  const authType = form.watch("authType");
  const prefix = existing ? `connector-${existing.id}` : "connector-new";
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      <Field id={`${prefix}-name`} label="Display name" error={errors.displayName?.message}>
        {(aria) => <input {...aria} className={inputClass} {...fields.text("displayName")} />}
      </Field>
      <Field id={`${prefix}-url`} label="Endpoint URL" error={errors.endpointUrl?.message}>
        {(aria) => (
          <input
            {...aria}
            type="url"
            className={inputClass}
            placeholder="https://"
            {...fields.text("endpointUrl")}
          />
        )}
      </Field>
      <fieldset className="mb-4">
        <legend className="text-sm font-medium">Authentication</legend>
        {(
          [
            ["BASIC", "Basic (username and password)"],
            ["CLIENT_CERTIFICATE", "Client certificate (.pfx)"],
          ] as const
        ).map(([value, label]) => (
          <div key={value} className="mt-1 flex items-center gap-2">
            <input
              id={`${prefix}-auth-${value}`}
              type="radio"
              {...fields.radio("authType", value)}
            />
            <label htmlFor={`${prefix}-auth-${value}`} className="text-sm">
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      {authType === "BASIC" ? (
        <>
          <Field id={`${prefix}-username`} label="Username" error={errors.basicUsername?.message}>
            {(aria) => (
              <input
                {...aria}
                autoComplete="off"
                className={inputClass}
                {...fields.text("basicUsername")}
              />
            )}
          </Field>
          <Field
            id={`${prefix}-password`}
            label="Password"
            hint={
              existing?.hasBasicPassword
                ? "A password is stored. Leave empty to keep it; it is never shown."
                : "Stored encrypted; never shown again."
            }
            error={errors.basicPassword?.message}
          >
            {(aria) => (
              <input
                {...aria}
                type="password"
                autoComplete="off"
                className={inputClass}
                {...fields.text("basicPassword")}
              />
            )}
          </Field>
        </>
      ) : (
        <>
          <Field
            id={`${prefix}-certificate`}
            label="Certificate file (.pfx)"
            hint={
              existing?.hasCertificate
                ? "A certificate is stored. Choose a file only to replace it."
                : "The client certificate with its private key."
            }
            error={errors.certificateBase64?.message}
          >
            {(aria) => (
              <input
                {...aria}
                type="file"
                accept=".pfx,.p12,application/x-pkcs12"
                className="mt-1 block text-sm"
                onChange={async (event) => {
                  const file = event.target.files?.[0];
                  form.setValue("certificateBase64", file ? await fileAsBase64(file) : "", {
                    shouldValidate: true,
                  });
                }}
              />
            )}
          </Field>
          <Field
            id={`${prefix}-certificate-password`}
            label="Certificate password"
            error={errors.certificatePassword?.message}
          >
            {(aria) => (
              <input
                {...aria}
                type="password"
                autoComplete="off"
                className={inputClass}
                {...fields.text("certificatePassword")}
              />
            )}
          </Field>
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${prefix}-timeout`}
          label="Timeout (milliseconds)"
          hint="1,000 to 20,000."
          error={errors.timeoutMs?.message}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1000}
              max={20000}
              step={500}
              className={inputClass}
              {...fields.text("timeoutMs")}
            />
          )}
        </Field>
        <Field
          id={`${prefix}-retries`}
          label="Retries after a failure"
          error={errors.retries?.message}
        >
          {(aria) => (
            <select {...aria} className={inputClass} {...fields.text("retries")}>
              <option value={1}>One retry</option>
              <option value={0}>No retry</option>
            </select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {existing ? "Save" : "Add API connector"}
      </Button>
    </form>
  );
}

export function ConnectorRow({
  tenant,
  connector,
  editable,
}: {
  tenant: string;
  connector: ConnectorView;
  editable: boolean;
}) {
  const authentication =
    connector.authType === "BASIC"
      ? `Basic as ${connector.basicUsername}`
      : `certificate ${connector.certificateThumbprint ?? ""}${connector.certificateExpiresAt ? `, expires ${connector.certificateExpiresAt.slice(0, 10)}` : ""}`;
  return (
    <EditableListItem
      name={
        <Link
          href={`/t/${tenant}/api-connectors/${connector.id}`}
          className="text-blue-800 hover:underline"
        >
          {connector.displayName}
        </Link>
      }
      label={connector.displayName}
      summary={`${connector.endpointUrl} · ${authentication}${connector.usedBy.length ? ` · used by ${connector.usedBy.join(", ")}` : ""}`}
      editable={editable}
      onDelete={() => deleteConnectorAction(tenant, connector.id)}
      editor={(close) => <ConnectorForm tenant={tenant} existing={connector} onDone={close} />}
    />
  );
}
