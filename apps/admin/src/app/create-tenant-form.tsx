"use client";

import { useRouter } from "next/navigation";
import { ZCreateTenantInput, type TCreateTenantInput } from "@guestlist/domain/tenants/schemas";
import { Button, Field, StatusMessage, inputClass } from "../components/ui";
import { useActionForm } from "../components/use-action-form";
import { createTenantAction } from "./actions";

export function CreateTenantForm() {
  const router = useRouter();
  const { form, submit, status, pending } = useActionForm<TCreateTenantInput, { slug: string }>({
    schema: ZCreateTenantInput,
    defaultValues: { name: "", slug: "" },
    action: createTenantAction,
    onSuccess: ({ data }) => data && router.push(`/t/${data.slug}`),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-md">
      <StatusMessage status={status} />
      <Field id="tenant-name" label="Name" error={errors.name?.message}>
        {(aria) => <input {...aria} className={inputClass} {...form.register("name")} />}
      </Field>
      <Field
        id="tenant-slug"
        label="Short name"
        hint="Lower-case letters, digits and hyphens; part of the sign-in address, it cannot change."
        error={errors.slug?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...form.register("slug")} />}
      </Field>
      <Button type="submit" disabled={pending}>
        Create tenant
      </Button>
    </form>
  );
}
