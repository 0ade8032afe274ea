"use client";

import {
  CLAIM_NAME,
  isReservedClaim,
  ZFlowConnectorsInput,
} from "@guestlist/domain/connectors/schemas";
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
  [
    "ON_TOKEN_ISSUANCE_START",
    "Before issuing tokens",
    "Called at every sign-up and sign-in (not on refresh) with the person and the application, as Entra's OnTokenIssuanceStart; the claims it returns are added to the ID token and userinfo.",
  ],
] as const;

const claimNames = (text: string) => text.split(/[\s,]+/).filter(Boolean);

// Selects give "" for none.
const ZForm = z.object({
  POST_FEDERATION_SIGNUP: z.string(),
  POST_ATTRIBUTE_COLLECTION: z.string(),
  ON_TOKEN_ISSUANCE_START: z.string(),
  tokenConnectorFailurePolicy: z.enum(["CONTINUE", "FAIL"]),
  tokenConnectorClaims: z.string().superRefine((text, context) => {
    for (const name of claimNames(text)) {
      if (!CLAIM_NAME.test(name))
        context.addIssue({
          code: "custom",
          message: `${name}: use letters, digits and _ . : / - (starting with a letter).`,
        });
      else if (isReservedClaim(name))
        context.addIssue({ code: "custom", message: `${name}: Guestlist sets this claim itself.` });
    }
  }),
});
type FormValues = z.infer<typeof ZForm>;

export function FlowConnectors(props: {
  tenant: string;
  flowId: string;
  readOnly: boolean;
  connectors: { id: string; name: string }[];
  initial: FormValues;
}) {
  const { form, fields, submit, status, pending } = useActionForm<FormValues>({
    schema: ZForm,
    defaultValues: props.initial,
    action: (values) =>
      saveFlowConnectorsAction(
        props.tenant,
        props.flowId,
        ZFlowConnectorsInput.parse({
          POST_FEDERATION_SIGNUP: values.POST_FEDERATION_SIGNUP || null,
          POST_ATTRIBUTE_COLLECTION: values.POST_ATTRIBUTE_COLLECTION || null,
          ON_TOKEN_ISSUANCE_START: values.ON_TOKEN_ISSUANCE_START || null,
          tokenConnectorFailurePolicy: values.tokenConnectorFailurePolicy,
          tokenConnectorClaims: claimNames(values.tokenConnectorClaims),
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
        <Field
          id="connector-token-claims"
          label="Claims the token connector may add"
          error={form.formState.errors.tokenConnectorClaims?.message}
          hint="Names separated by spaces or commas, as in Entra's claims mapping (e.g. CustomRoles DateOfBirth). Other claims it returns are dropped; it can never set sub, iss, aud, email or Guestlist's own claims."
        >
          {(aria) => (
            <input {...aria} className={inputClass} {...fields.text("tokenConnectorClaims")} />
          )}
        </Field>
        <Field
          id="connector-token-policy"
          label="When the token connector fails"
          hint="A failure is a timeout, an error answer, or an answer outside the contract, after the connector's retries."
        >
          {(aria) => (
            <select
              {...aria}
              className={inputClass}
              {...fields.text("tokenConnectorFailurePolicy")}
            >
              <option value="CONTINUE">Issue the tokens without its claims</option>
              <option value="FAIL">Refuse the sign-in</option>
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          Save API connectors
        </Button>
      </fieldset>
    </form>
  );
}
