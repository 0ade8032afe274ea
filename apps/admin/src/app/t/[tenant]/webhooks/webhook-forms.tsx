"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_EVENT_TYPE_NAMES,
  ZWebhookEndpointInput,
  type WebhookEventType,
} from "@guestlist/domain/webhooks/schemas";
import { Button, ConfirmButton, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import {
  createWebhookAction,
  deleteWebhookAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  updateWebhookAction,
} from "./actions";

interface EndpointView {
  id: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  enabled: boolean;
}

interface FormValues {
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  enabled: boolean;
}

/** A secret shown once, selectable for copying. */
function OnceShownSecret({ secret }: { secret: string }) {
  return (
    <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3">
      <label htmlFor="webhook-secret" className="block text-sm font-medium">
        Signing secret (shown once)
      </label>
      <input
        id="webhook-secret"
        readOnly
        value={secret}
        className={`${inputClass} font-mono`}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}

export function WebhookForm({ tenant, existing }: { tenant: string; existing?: EndpointView }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const { form, fields, submit, status, pending } = useActionForm<FormValues, { secret: string }>({
    schema: ZWebhookEndpointInput,
    defaultValues: {
      url: existing?.url ?? "",
      description: existing?.description ?? "",
      eventTypes: existing?.eventTypes ?? [],
      enabled: existing?.enabled ?? true,
    },
    action: (values) =>
      existing
        ? updateWebhookAction(tenant, existing.id, values)
        : createWebhookAction(tenant, values),
    onSuccess: (result) => {
      if (result.data?.secret) setSecret(result.data.secret);
      if (!existing) form.reset();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  const prefix = existing ? `webhook-${existing.id}` : "webhook-new";
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      {secret ? <OnceShownSecret secret={secret} /> : null}
      <Field
        id={`${prefix}-url`}
        label="Endpoint URL"
        hint="Where Guestlist POSTs each event, signed as the Standard Webhooks specification says."
        error={errors.url?.message}
      >
        {(aria) => (
          <input
            {...aria}
            type="url"
            placeholder="https://"
            className={inputClass}
            {...fields.text("url")}
          />
        )}
      </Field>
      <Field id={`${prefix}-description`} label="Description" error={errors.description?.message}>
        {(aria) => <input {...aria} className={inputClass} {...fields.text("description")} />}
      </Field>
      <fieldset
        className="mb-4"
        aria-describedby={errors.eventTypes ? `${prefix}-events-error` : undefined}
      >
        <legend className="text-sm font-medium">Events</legend>
        {WEBHOOK_EVENT_TYPE_NAMES.map((type) => (
          <div key={type} className="mt-1 flex items-start gap-2">
            <input
              id={`${prefix}-event-${type}`}
              type="checkbox"
              className="mt-1"
              {...fields.choice("eventTypes", type)}
            />
            <label htmlFor={`${prefix}-event-${type}`} className="text-sm">
              <span className="font-mono">{type}</span>
              <span className="block text-slate-600">{WEBHOOK_EVENT_TYPES[type]}</span>
            </label>
          </div>
        ))}
        {errors.eventTypes ? (
          <p id={`${prefix}-events-error`} className="mt-1 text-sm text-red-700">
            {errors.eventTypes.message}
          </p>
        ) : null}
      </fieldset>
      {existing ? (
        <div className="mb-4 flex items-center gap-2">
          <input id={`${prefix}-enabled`} type="checkbox" {...fields.checkbox("enabled")} />
          <label htmlFor={`${prefix}-enabled`} className="text-sm">
            Enabled (turning it back on sends the events that waited)
          </label>
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {existing ? "Save endpoint" : "Add endpoint"}
      </Button>
    </form>
  );
}

/** Rotate the secret, send a test event, delete: each an action on the endpoint. */
export function WebhookActions({ tenant, id }: { tenant: string; id: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; message?: string; data?: unknown }>) =>
    startTransition(async () => {
      const result = await action();
      setStatus(result);
      const data = result.data as { secret?: string } | undefined;
      if (data?.secret) setSecret(data.secret);
      router.refresh();
    });
  return (
    <div>
      <StatusMessage status={status} />
      {secret ? <OnceShownSecret secret={secret} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => run(() => sendTestWebhookAction(tenant, id))}>
          Send test event
        </Button>
        <ConfirmButton
          label="Rotate secret"
          confirmLabel="Make a new secret"
          onConfirm={() => run(() => rotateWebhookSecretAction(tenant, id))}
        />
        <ConfirmButton
          label="Delete endpoint"
          confirmLabel="Delete it and its log"
          onConfirm={() =>
            run(async () => {
              const result = await deleteWebhookAction(tenant, id);
              if (result.ok) router.push(`/t/${tenant}/webhooks`);
              return result;
            })
          }
        />
      </div>
    </div>
  );
}

export function RedeliverButton({
  tenant,
  id,
  deliveryId,
}: {
  tenant: string;
  id: string;
  deliveryId: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  return (
    <span>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setStatus(await redeliverWebhookAction(tenant, id, deliveryId));
            router.refresh();
          })
        }
      >
        Redeliver
      </Button>
      <StatusMessage status={status} />
    </span>
  );
}
