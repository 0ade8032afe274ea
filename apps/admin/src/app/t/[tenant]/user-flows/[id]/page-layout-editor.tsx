"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { z } from "zod";
import {
  INPUT_TYPES_FOR_DATA_TYPE,
  ZPageLayoutInput,
  type TPageLayoutInput,
} from "@guestlist/domain/flows/schemas";
import { Button, EmptyState, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { savePageLayoutAction } from "../actions";

type DataType = "STRING" | "INTEGER" | "BOOLEAN";

interface EntryForm {
  userAttributeId: string;
  name: string;
  dataType: DataType;
  label: string;
  helpText: string;
  required: boolean;
  /** People may change it on their account page. */
  editable: boolean;
  inputType: string;
  /** One option a line: "value|label", or just "value". */
  options: string;
}

const INPUT_LABELS: Record<string, string> = {
  TEXTBOX: "Text box",
  DROPDOWN: "Dropdown",
  RADIO: "Radio buttons",
  CHECKBOX: "Checkbox",
  MULTISELECT: "Multi-select",
  DATE: "Date",
};

function toLayoutInput(entries: EntryForm[]): TPageLayoutInput {
  return {
    entries: entries.map((entry) => ({
      userAttributeId: entry.userAttributeId,
      dataType: entry.dataType,
      label: entry.label,
      helpText: entry.helpText.trim() || null,
      required: entry.required,
      editable: entry.editable,
      inputType: entry.inputType as TPageLayoutInput["entries"][number]["inputType"],
      options: entry.options
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const [value, ...label] = line.split("|");
          return { value: value!.trim(), label: (label.join("|") || value!).trim() };
        }),
    })),
  };
}

// The domain's layout rules, applied to what the form edits.
const ZLayoutForm = z.object({ entries: z.array(z.any()) }).superRefine((values, ctx) => {
  const result = ZPageLayoutInput.safeParse(toLayoutInput(values.entries as EntryForm[]));
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({
      code: "custom",
      path: issue.path.length > 2 ? issue.path.slice(0, 3) : issue.path,
      message: issue.message,
    });
});

export function PageLayoutEditor(props: {
  tenant: string;
  flowId: string;
  readOnly: boolean;
  attributes: { id: string; name: string; dataType: DataType }[];
  initial: EntryForm[];
}) {
  const router = useRouter();
  const { form, submit, status, pending } = useActionForm<{ entries: EntryForm[] }>({
    schema: ZLayoutForm,
    defaultValues: { entries: props.initial },
    action: (values) =>
      savePageLayoutAction(props.tenant, props.flowId, toLayoutInput(values.entries)),
    onSuccess: () => router.refresh(),
  });
  const { fields, append, remove, move } = useFieldArray({
    control: form.control,
    name: "entries",
  });
  const [adding, setAdding] = useState("");
  // Drag-and-drop for the mouse; the ↑ and ↓ buttons do the same from the keyboard.
  const [dragging, setDragging] = useState<number | null>(null);
  // The current entries, in order; their values also go into the server's HTML (defaultValue).
  const entries = form.watch("entries");
  const unused = props.attributes.filter(
    (attribute) => !entries.some((entry) => entry.userAttributeId === attribute.id),
  );
  const errors = form.formState.errors.entries;

  const moveAndKeepFocus = (from: number, to: number, direction: "up" | "down") => {
    move(from, to);
    requestAnimationFrame(() => document.getElementById(`move-${direction}-${to}`)?.focus());
  };

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <form onSubmit={submit} noValidate>
        <p className="mb-4 text-sm text-slate-600">
          The questions on the sign-up page, in order. People see them after proving their email
          address.
        </p>
        <StatusMessage status={status} />
        <fieldset disabled={props.readOnly}>
          {fields.length === 0 ? (
            <EmptyState>This flow asks no questions. Add an attribute below.</EmptyState>
          ) : null}
          <ol className="space-y-4">
            {fields.map((field, index) => {
              const entry = entries[index]!;
              const entryErrors = errors?.[index];
              const id = (name: string) => `entry-${index}-${name}`;
              const choices = INPUT_TYPES_FOR_DATA_TYPE[entry.dataType];
              const hasOptions = ["DROPDOWN", "RADIO", "MULTISELECT"].includes(entry.inputType);
              return (
                <li
                  key={field.id}
                  className={`rounded-md border p-4 ${dragging === index ? "border-blue-500 opacity-60" : "border-slate-200"}`}
                  aria-label={`Question ${index + 1}: ${entry.name}`}
                  draggable={!props.readOnly}
                  onDragStart={(event) => {
                    setDragging(index);
                    event.dataTransfer.effectAllowed = "move";
                  }}
                  onDragOver={(event) => event.preventDefault()}
                  onDrop={(event) => {
                    event.preventDefault();
                    if (dragging !== null && dragging !== index) move(dragging, index);
                    setDragging(null);
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                    <p className="font-medium">
                      {index + 1}. {entry.name}{" "}
                      <span className="text-xs font-normal text-slate-500">
                        ({entry.dataType.toLowerCase()})
                      </span>
                    </p>
                    <span className="inline-flex gap-2">
                      <Button
                        id={`move-up-${index}`}
                        variant="secondary"
                        disabled={index === 0}
                        onClick={() => moveAndKeepFocus(index, index - 1, "up")}
                        aria-label={`Move ${entry.name} up`}
                      >
                        ↑
                      </Button>
                      <Button
                        id={`move-down-${index}`}
                        variant="secondary"
                        disabled={index === fields.length - 1}
                        onClick={() => moveAndKeepFocus(index, index + 1, "down")}
                        aria-label={`Move ${entry.name} down`}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="secondary"
                        onClick={() => remove(index)}
                        aria-label={`Remove ${entry.name}`}
                      >
                        Remove
                      </Button>
                    </span>
                  </div>
                  <div className="grid gap-3 sm:grid-cols-2">
                    <div>
                      <label htmlFor={id("label")} className="block text-sm font-medium">
                        Label for {entry.name}
                      </label>
                      <input
                        id={id("label")}
                        className={inputClass}
                        aria-invalid={entryErrors?.label ? true : undefined}
                        defaultValue={entry.label}
                        {...form.register(`entries.${index}.label`)}
                      />
                      {entryErrors?.label?.message ? (
                        <p className="text-sm text-red-700">{entryErrors.label.message}</p>
                      ) : null}
                    </div>
                    <div>
                      <label htmlFor={id("inputType")} className="block text-sm font-medium">
                        Input type for {entry.name}
                      </label>
                      <select
                        id={id("inputType")}
                        className={inputClass}
                        aria-invalid={entryErrors?.inputType ? true : undefined}
                        defaultValue={entry.inputType}
                        {...form.register(`entries.${index}.inputType`)}
                      >
                        {choices.map((type) => (
                          <option key={type} value={type}>
                            {INPUT_LABELS[type]}
                          </option>
                        ))}
                      </select>
                      {entryErrors?.inputType?.message ? (
                        <p className="text-sm text-red-700">{entryErrors.inputType.message}</p>
                      ) : null}
                    </div>
                    <div>
                      <label htmlFor={id("helpText")} className="block text-sm font-medium">
                        Help text for {entry.name}
                      </label>
                      <input
                        id={id("helpText")}
                        className={inputClass}
                        defaultValue={entry.helpText}
                        {...form.register(`entries.${index}.helpText`)}
                      />
                    </div>
                    <div className="flex items-center gap-2 pt-6">
                      <input
                        id={id("required")}
                        type="checkbox"
                        defaultChecked={entry.required}
                        {...form.register(`entries.${index}.required`)}
                      />
                      <label htmlFor={id("required")} className="text-sm font-medium">
                        {entry.name} is required
                      </label>
                    </div>
                    <div className="flex items-center gap-2 sm:col-span-2">
                      <input
                        id={id("editable")}
                        type="checkbox"
                        defaultChecked={entry.editable}
                        {...form.register(`entries.${index}.editable`)}
                      />
                      <label htmlFor={id("editable")} className="text-sm font-medium">
                        People can change {entry.name} on their account page
                      </label>
                    </div>
                    {hasOptions ? (
                      <div className="sm:col-span-2">
                        <label htmlFor={id("options")} className="block text-sm font-medium">
                          Options for {entry.name}
                        </label>
                        <p id={`${id("options")}-hint`} className="text-xs text-slate-600">
                          One a line: value|label (or just the value).
                        </p>
                        <textarea
                          id={id("options")}
                          rows={4}
                          className={inputClass}
                          aria-describedby={`${id("options")}-hint`}
                          aria-invalid={entryErrors?.options ? true : undefined}
                          defaultValue={entry.options}
                          {...form.register(`entries.${index}.options`)}
                        />
                        {entryErrors?.options?.message ? (
                          <p className="text-sm text-red-700">{entryErrors.options.message}</p>
                        ) : null}
                      </div>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
          {errors?.root?.message || errors?.message ? (
            <p className="mt-2 text-sm text-red-700">{errors.root?.message ?? errors.message}</p>
          ) : null}
          {unused.length > 0 ? (
            <div className="mt-4 flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="add-attribute" className="block text-sm font-medium">
                  Add an attribute
                </label>
                <select
                  id="add-attribute"
                  className={inputClass}
                  value={adding}
                  onChange={(event) => setAdding(event.target.value)}
                >
                  <option value="">Choose…</option>
                  {unused.map((attribute) => (
                    <option key={attribute.id} value={attribute.id}>
                      {attribute.name}
                    </option>
                  ))}
                </select>
              </div>
              <Button
                variant="secondary"
                disabled={!adding}
                onClick={() => {
                  const attribute = props.attributes.find((a) => a.id === adding);
                  if (!attribute) return;
                  append({
                    userAttributeId: attribute.id,
                    name: attribute.name,
                    dataType: attribute.dataType,
                    label: attribute.name.replace(/([a-z])([A-Z])/g, "$1 $2"),
                    helpText: "",
                    required: false,
                    editable: true,
                    inputType: attribute.dataType === "BOOLEAN" ? "CHECKBOX" : "TEXTBOX",
                    options: "",
                  });
                  setAdding("");
                }}
              >
                Add question
              </Button>
            </div>
          ) : null}
          <div className="mt-6">
            <Button type="submit" disabled={pending}>
              Save page layout
            </Button>
          </div>
        </fieldset>
      </form>
      <LayoutPreview entries={entries} />
    </div>
  );
}

/** How the hosted attribute page will look with the layout as it is being edited. */
function LayoutPreview({ entries }: { entries: EntryForm[] }) {
  return (
    <aside
      aria-label="Preview of the sign-up page"
      className="h-fit rounded-lg border border-slate-300 bg-slate-50 p-5"
    >
      <p className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Preview</p>
      <p className="mb-4 text-lg font-semibold">About you</p>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">No questions: people go straight on.</p>
      ) : null}
      <div className="space-y-4" inert>
        {entries.map((entry, index) => {
          const options = toLayoutInput([entry]).entries[0]!.options;
          const label = (
            <>
              {entry.label || entry.name}
              {entry.required ? null : (
                <span className="font-normal text-slate-500"> (optional)</span>
              )}
            </>
          );
          return (
            <div key={`${entry.userAttributeId}-${index}`} className="text-sm">
              {entry.inputType === "CHECKBOX" ? (
                <p className="flex items-center gap-2">
                  <input type="checkbox" disabled /> <span className="font-medium">{label}</span>
                </p>
              ) : (
                <p className="font-medium">{label}</p>
              )}
              {entry.helpText ? <p className="text-xs text-slate-600">{entry.helpText}</p> : null}
              {entry.inputType === "TEXTBOX" || entry.inputType === "DATE" ? (
                <input
                  disabled
                  type={entry.inputType === "DATE" ? "date" : "text"}
                  className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1"
                />
              ) : null}
              {entry.inputType === "DROPDOWN" ? (
                <select
                  disabled
                  className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1"
                >
                  <option>Choose…</option>
                  {options.map((o) => (
                    <option key={o.value}>{o.label}</option>
                  ))}
                </select>
              ) : null}
              {entry.inputType === "RADIO" || entry.inputType === "MULTISELECT"
                ? options.map((o) => (
                    <p key={o.value} className="mt-1 flex items-center gap-2">
                      <input disabled type={entry.inputType === "RADIO" ? "radio" : "checkbox"} />{" "}
                      {o.label}
                    </p>
                  ))
                : null}
            </div>
          );
        })}
        <p className="rounded bg-blue-700 px-3 py-2 text-center text-sm text-white">Continue</p>
      </div>
    </aside>
  );
}
