import { describe, expect, it } from "vitest";
import {
  attributeInputFromFormData,
  buildAttributeFormSchema,
  fieldErrorsOf,
  type AttributeField,
} from "./attribute-form";

const field = (overrides: Partial<AttributeField>): AttributeField => ({
  name: "Field",
  label: "Field",
  helpText: null,
  required: false,
  inputType: "TEXTBOX",
  dataType: "STRING",
  options: [],
  validation: {},
  ...overrides,
});

const fields: AttributeField[] = [
  field({ name: "displayName", label: "Your name", required: true }),
  field({
    name: "BusinessRegistrationCode",
    label: "Business registration code",
    required: true,
    dataType: "INTEGER",
  }),
  field({ name: "Phone", label: "Phone number" }),
  field({
    name: "Terms",
    label: "I accept the terms",
    required: true,
    dataType: "BOOLEAN",
    inputType: "CHECKBOX",
  }),
  field({
    name: "Region",
    label: "Region",
    inputType: "DROPDOWN",
    options: [
      { value: "north", label: "North" },
      { value: "south", label: "South" },
    ],
  }),
  field({
    name: "Categories",
    label: "Categories",
    inputType: "MULTISELECT",
    options: [
      { value: "fruit", label: "Fruit" },
      { value: "dairy", label: "Dairy" },
    ],
  }),
  field({ name: "Founded", label: "Founding date", inputType: "DATE" }),
];
const schema = buildAttributeFormSchema(fields);

describe("attribute form schema", () => {
  it("turns valid raw input into typed values and drops blank optional ones", () => {
    const result = schema.parse({
      displayName: "  Ada Supplier ",
      BusinessRegistrationCode: "01234567",
      Phone: "",
      Terms: "on",
      Region: "south",
      Categories: ["fruit", "dairy"],
      Founded: "2020-02-29",
    });
    expect(result).toEqual({
      displayName: "Ada Supplier",
      BusinessRegistrationCode: 1234567,
      Phone: undefined,
      Terms: true,
      Region: "south",
      Categories: "fruit,dairy",
      Founded: "2020-02-29",
    });
  });

  it("names each problem with the field's label", () => {
    const result = schema.safeParse({
      displayName: " ",
      BusinessRegistrationCode: "12.5",
      Terms: undefined,
      Region: "east",
      Categories: ["meat"],
      Founded: "2021-02-30",
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      displayName: "Enter your name.",
      BusinessRegistrationCode: "Business registration code must be a whole number.",
      Terms: 'Tick "I accept the terms" to continue.',
      Region: "Choose region from the list.",
      Categories: "Choose categories from the list.",
      Founded: "Enter founding date as a date (YYYY-MM-DD).",
    });
  });

  it("requires a required integer and applies min, max, length and pattern rules", () => {
    const strict = buildAttributeFormSchema([
      field({
        name: "Age",
        label: "Age",
        dataType: "INTEGER",
        required: true,
        validation: { min: 18, max: 120 },
      }),
      field({
        name: "Code",
        label: "Code",
        validation: { minLength: 3, maxLength: 5, pattern: "[A-Z]+" },
      }),
    ]);
    expect(fieldErrorsOf(strict.safeParse({ Age: "", Code: "ab" }).error!)).toEqual({
      Age: "Enter age.",
      Code: "Code must be at least 3 characters.",
    });
    expect(fieldErrorsOf(strict.safeParse({ Age: "17", Code: "abcd" }).error!)).toEqual({
      Age: "Age must be at least 18.",
      Code: "Code is not in the expected format.",
    });
    expect(strict.parse({ Age: "42", Code: "ABCD" })).toEqual({ Age: 42, Code: "ABCD" });
  });

  it("reads multi-selects and unchecked boxes from FormData", () => {
    const form = new FormData();
    form.append("displayName", "Ada");
    form.append("Categories", "fruit");
    form.append("Categories", "dairy");
    const raw = attributeInputFromFormData(form, fields);
    expect(raw).toMatchObject({
      displayName: "Ada",
      Categories: ["fruit", "dairy"],
      Terms: undefined,
    });
  });
});
