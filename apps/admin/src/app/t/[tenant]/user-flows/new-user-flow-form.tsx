"use client";

import { useRouter } from "next/navigation";
import { ZCreateUserFlowInput, type TCreateUserFlowInput } from "@guestlist/domain/flows/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createUserFlowAction } from "./actions";

interface Choice {
  id: string;
  label: string;
}

export function CheckboxGroup({
  legend,
  name,
  choices,
  error,
  choice: field,
}: {
  legend: string;
  name: string;
  choices: Choice[];
  error?: string;
  /** The props of the checkbox for one choice (useActionForm's `fields.choice`). */
  choice: (value: string) => object;
}) {
  return (
    <fieldset className="mb-4" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {choices.map((choice) => (
          <div key={choice.id} className="flex items-center gap-2">
            <input id={`${name}-${choice.id}`} type="checkbox" {...field(choice.id)} />
            <label htmlFor={`${name}-${choice.id}`} className="text-sm">
              {choice.label}
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function NewUserFlowForm({
  tenant,
  providers,
  attributes,
}: {
  tenant: string;
  providers: Choice[];
  attributes: Choice[];
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<
    TCreateUserFlowInput,
    { id: string }
  >({
    schema: ZCreateUserFlowInput,
    defaultValues: {
      name: "",
      identityProviderIds: providers.slice(0, 1).map((p) => p.id),
      attributeIds: [],
    },
    action: (values) => createUserFlowAction(tenant, values),
    onSuccess: ({ data }) => data && router.push(`/t/${tenant}/user-flows/${data.id}`),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage status={status} />
      <Field id="flow-name" label="Name" error={errors.name?.message}>
        {(aria) => (
          <input {...aria} className={`${inputClass} max-w-md`} {...fields.text("name")} />
        )}
      </Field>
      <CheckboxGroup
        legend="Identity providers"
        name="identityProviderIds"
        choices={providers}
        error={errors.identityProviderIds?.message}
        choice={(value) => fields.choice("identityProviderIds", value)}
      />
      <CheckboxGroup
        legend="User attributes to collect"
        name="attributeIds"
        choices={attributes}
        error={errors.attributeIds?.message}
        choice={(value) => fields.choice("attributeIds", value)}
      />
      <Button type="submit" disabled={pending}>
        Create user flow
      </Button>
    </form>
  );
}
