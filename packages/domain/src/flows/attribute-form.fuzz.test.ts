import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attributeInputFromFormData,
  buildAttributeFormSchema,
  type AttributeField,
} from "./attribute-form";

const field = (
  overrides: Partial<AttributeField> & Pick<AttributeField, "name">,
): AttributeField => ({
  label: overrides.name,
  helpText: null,
  required: false,
  inputType: "TEXTBOX",
  dataType: "STRING",
  options: [],
  validation: {},
  ...overrides,
});

/** One of every kind of field a flow can put on its page. */
const FIELDS: AttributeField[] = [
  field({ name: "displayName", required: true, validation: { maxLength: 64 } }),
  field({ name: "Code", validation: { pattern: "^[A-Z]{3}-\\d{3}$" } }),
  field({ name: "Employees", dataType: "INTEGER", validation: { min: 1, max: 10000 } }),
  field({ name: "Accepts", dataType: "BOOLEAN", inputType: "CHECKBOX", required: true }),
  field({
    name: "Region",
    inputType: "DROPDOWN",
    required: true,
    options: [
      { value: "eu", label: "Europe" },
      { value: "us", label: "Americas" },
    ],
  }),
  field({
    name: "Size",
    inputType: "RADIO",
    options: [
      { value: "s", label: "Small" },
      { value: "l", label: "Large" },
    ],
  }),
  field({
    name: "Products",
    inputType: "MULTISELECT",
    options: [
      { value: "apples", label: "Apples" },
      { value: "pears", label: "Pears" },
    ],
  }),
  field({ name: "Founded", inputType: "DATE" }),
];
const schema = buildAttributeFormSchema(FIELDS);

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "true",
    "on",
    "eu",
    "pears",
    "2024-02-30",
    "<script>",
    "\u0000",
  ),
  fc.string({ minLength: 1025, maxLength: 2000 }),
);
const anyValue = fc.oneof(
  anyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(anyText, { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
);

describe("the attribute page's schema, under any input", () => {
  it("answers every object with success or field messages, never an exception", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...FIELDS.map((f) => f.name), "__proto__", "extra"),
          anyValue,
        ),
        (values) => {
          const result = schema.safeParse(values);
          if (result.success) {
            const data = result.data as Record<string, unknown>;
            expect(typeof data.displayName).toBe("string");
            expect((data.displayName as string).trim().length).toBeGreaterThan(0);
            expect(["eu", "us"]).toContain(data.Region);
            if (data.Employees !== undefined) {
              expect(Number.isInteger(data.Employees)).toBe(true);
              expect(data.Employees as number).toBeGreaterThanOrEqual(1);
              expect(data.Employees as number).toBeLessThanOrEqual(10000);
            }
            if (data.Code !== undefined && data.Code !== "")
              expect(data.Code).toMatch(/^[A-Z]{3}-\d{3}$/);
            if (data.Founded !== undefined && data.Founded !== "")
              expect(data.Founded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(data).not.toHaveProperty("extra");
          } else {
            for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads any submitted form into the schema's shape without throwing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FIELDS.map((f) => f.name), "x"), anyText), {
          maxLength: 12,
        }),
        (entries) => {
          const form = new FormData();
          for (const [name, value] of entries) form.append(name, value);
          const input = attributeInputFromFormData(form, FIELDS);
          expect(Array.isArray(input.Products)).toBe(true);
          schema.safeParse(input);
        },
      ),
      { numRuns: 300 },
    );
  });
});
