"use client";

import { ZFlowConnectorsInput } from "@guestlist/domain/connectors/schemas";
import { z } from "zod";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { saveFlowConnectorsAction } from "../actions";

const STEPS = [
  [
    "POST_FEDERATION_SIGNUP",
    "After signing in with an identity provider",
    "Called for federated sign-ups only, before the attribute page; its claims pre-fill the form.",
  ],
  [
    "POST_ATTRIBUTE_COLLECTION",
    "Before creating the user",
    "Called after the attribute page; it can block, ask to correct, or override the answers.",
  ],
] as const;

// Selects give "" for none.
const ZForm = z.object({
  POST_FEDERATION_SIGNUP: z.string(),
  POST_ATTRIBUTE_COLLECTION: z.string(),
});
type FormValues = z.infer<typeof ZForm>;

export function FlowConnectors(props: {
  tenant: string;
  flowId: string;
  readOnly: boolean;
  connectors: { id: string; name: string }[];
  initial: FormValues;
}) {
  const { fields, submit, status, pending } = useActionForm<FormValues>({
    schema: ZForm,
    defaultValues: props.initial,
    action: (values) =>
      saveFlowConnectorsAction(
        props.tenant,
        props.flowId,
        ZFlowConnectorsInput.parse({
          POST_FEDERATION_SIGNUP: values.POST_FEDERATION_SIGNUP || null,
          POST_ATTRIBUTE_COLLECTION: values.POST_ATTRIBUTE_COLLECTION || null,
        }),
      ),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      <fieldset disabled={props.readOnly}>
        {STEPS.map(([step, label, hint]) => (
          <Field key={step} id={`connector-${step}`} label={label} hint={hint}>
            {(aria) => (
              <select {...aria} className={inputClass} {...fields.text(step)}>
                <option value="">None</option>
                {props.connectors.map((connector) => (
                  <option key={connector.id} value={connector.id}>
                    {connector.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Button type="submit" disabled={pending}>
          Save API connectors
        </Button>
      </fieldset>
    </form>
  );
}
