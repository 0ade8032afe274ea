"use client";

import { useRouter } from "next/navigation";
import { z } from "zod";
import { ZTermsDocumentInput, ZTermsVersionInput } from "@guestlist/domain/terms/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createTermsDocumentAction, publishTermsVersionAction } from "./actions";

interface VersionValues {
  title: string;
  source: "url" | "markdown";
  url: string;
  markdown: string;
}

const toVersion = (values: VersionValues) => ({
  title: values.title,
  url: values.source === "url" ? values.url : null,
  markdown: values.source === "markdown" ? values.markdown : null,
});

// The domain's rules on the form's shape: the "url" issue lands on whichever source is chosen.
function versionIssues(values: VersionValues, ctx: z.RefinementCtx) {
  const result = ZTermsVersionInput.safeParse(toVersion(values));
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]) === "title" ? "title" : values.source;
    ctx.addIssue({ code: "custom", path: [field], message: issue.message });
  }
}

const ZVersionForm = z
  .any()
  .superRefine((values, ctx) => versionIssues(values as VersionValues, ctx));
const ZDocumentForm = z.any().superRefine((values, ctx) => {
  const { name, ...version } = values as VersionValues & { name: string };
  const named = ZTermsDocumentInput.shape.name.safeParse(name);
  if (!named.success)
    ctx.addIssue({ code: "custom", path: ["name"], message: named.error.issues[0]!.message });
  versionIssues(version, ctx);
});

function VersionFields({
  idPrefix,
  fields,
  errors,
  source,
}: {
  idPrefix: string;
  fields: ReturnType<typeof useActionForm<VersionValues>>["fields"];
  errors: Partial<Record<keyof VersionValues, { message?: string }>>;
  source: "url" | "markdown";
}) {
  return (
    <>
      <Field id={`${idPrefix}-title`} label="Title people see" error={errors.title?.message}>
        {(aria) => <input {...aria} className={inputClass} {...fields.text("title")} />}
      </Field>
      <fieldset className="mb-4">
        <legend className="text-sm font-medium">Where the text is</legend>
        <div className="mt-1 flex items-center gap-2">
          <input id={`${idPrefix}-source-url`} type="radio" {...fields.radio("source", "url")} />
          <label htmlFor={`${idPrefix}-source-url`} className="text-sm">
            Published at an address
          </label>
        </div>
        <div className="mt-1 flex items-center gap-2">
          <input
            id={`${idPrefix}-source-markdown`}
            type="radio"
            {...fields.radio("source", "markdown")}
          />
          <label htmlFor={`${idPrefix}-source-markdown`} className="text-sm">
            The text itself (Markdown, shown on the sign-in pages)
          </label>
        </div>
      </fieldset>
      {source === "url" ? (
        <Field id={`${idPrefix}-url`} label="Address (https://)" error={errors.url?.message}>
          {(aria) => <input {...aria} type="url" className={inputClass} {...fields.text("url")} />}
        </Field>
      ) : (
        <Field
          id={`${idPrefix}-markdown`}
          label="Text (Markdown)"
          hint="Headings, lists, links and emphasis; HTML is shown as text."
          error={errors.markdown?.message}
        >
          {(aria) => (
            <textarea {...aria} rows={8} className={inputClass} {...fields.text("markdown")} />
          )}
        </Field>
      )}
    </>
  );
}

const EMPTY_VERSION: VersionValues = { title: "", source: "url", url: "", markdown: "" };

export function CreateTermsDocumentForm({ tenant }: { tenant: string }) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<VersionValues & { name: string }>(
    {
      schema: ZDocumentForm,
      defaultValues: { name: "", ...EMPTY_VERSION },
      action: ({ name, ...version }) =>
        createTermsDocumentAction(tenant, { name, firstVersion: toVersion(version) }),
      onSuccess: () => {
        form.reset();
        router.refresh();
      },
    },
  );
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <StatusMessage status={status} />
      <Field
        id="terms-name"
        label="Name"
        hint="For you: people see each version's title."
        error={errors.name?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("name")} />}
      </Field>
      <VersionFields
        idPrefix="terms-new"
        fields={fields as never}
        errors={errors}
        source={form.watch("source")}
      />
      <Button type="submit" disabled={pending}>
        Publish version 1
      </Button>
    </form>
  );
}

export function PublishVersionForm({
  tenant,
  documentId,
  nextVersion,
  current,
}: {
  tenant: string;
  documentId: string;
  nextVersion: number;
  current: { title: string; url: string | null; markdown: string | null };
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<VersionValues>({
    schema: ZVersionForm,
    defaultValues: {
      title: current.title,
      source: current.markdown === null ? "url" : "markdown",
      url: current.url ?? "",
      markdown: current.markdown ?? "",
    },
    action: (values) => publishTermsVersionAction(tenant, documentId, toVersion(values)),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <StatusMessage status={status} />
      <VersionFields
        idPrefix={`terms-${documentId}`}
        fields={fields}
        errors={form.formState.errors}
        source={form.watch("source")}
      />
      <Button type="submit" disabled={pending}>
        Publish version {nextVersion}
      </Button>
    </form>
  );
}
