import { z } from "zod";
import { ZEmailDomain } from "../tenants/tenant-schemas";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's forms): keep free of server imports.

export const ZFlowName = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(100, "Use at most 100 characters.");

export const ZCreateUserFlowInput = z.object({
  name: ZFlowName,
  identityProviderIds: z.array(z.uuid()).min(1, "Choose at least one identity provider."),
  attributeIds: z.array(z.uuid()),
});
export type TCreateUserFlowInput = z.infer<typeof ZCreateUserFlowInput>;

const ZOption = z.object({
  value: storableText().trim().min(1, "Give every option a value.").max(100),
  label: storableText().trim().min(1, "Give every option a label.").max(200),
});

export const INPUT_TYPES_FOR_DATA_TYPE = {
  STRING: ["TEXTBOX", "DROPDOWN", "RADIO", "MULTISELECT", "DATE"],
  INTEGER: ["TEXTBOX", "DROPDOWN", "RADIO"],
  BOOLEAN: ["CHECKBOX"],
} as const;

export const ZLayoutEntry = z
  .object({
    userAttributeId: z.uuid(),
    dataType: z.enum(["STRING", "INTEGER", "BOOLEAN"]),
    label: storableText().trim().min(1, "Enter a label.").max(200, "Use at most 200 characters."),
    helpText: storableText().trim().max(500, "Use at most 500 characters.").nullable(),
    required: z.boolean(),
    /** People may change the answer on their account page; left out, they may. */
    editable: z.boolean().optional(),
    inputType: z.enum(["TEXTBOX", "DROPDOWN", "RADIO", "CHECKBOX", "MULTISELECT", "DATE"]),
    options: z.array(ZOption).max(100, "Use at most 100 options."),
  })
  .superRefine((entry, ctx) => {
    const allowed: readonly string[] = INPUT_TYPES_FOR_DATA_TYPE[entry.dataType];
    if (!allowed.includes(entry.inputType)) {
      ctx.addIssue({
        code: "custom",
        path: ["inputType"],
        message: `A ${entry.dataType.toLowerCase()} attribute can be asked with: ${allowed.join(", ").toLowerCase()}.`,
      });
    }
    const needsOptions = ["DROPDOWN", "RADIO", "MULTISELECT"].includes(entry.inputType);
    if (needsOptions && entry.options.length === 0) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Add at least one option." });
    }
    if (!needsOptions && entry.options.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Only dropdowns, radio buttons and multi-selects have options.",
      });
    }
    const values = entry.options.map((option) => option.value);
    if (new Set(values).size !== values.length) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Option values must be different from each other.",
      });
    }
    if (entry.dataType === "INTEGER" && values.some((value) => !/^[+-]?\d+$/.test(value))) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "Options of a whole-number attribute must be whole numbers.",
      });
    }
  });
export type TLayoutEntry = z.infer<typeof ZLayoutEntry>;

export const ZPageLayoutInput = z
  .object({ entries: z.array(ZLayoutEntry).max(50, "Ask at most 50 questions.") })
  .refine(
    (layout) =>
      new Set(layout.entries.map((e) => e.userAttributeId)).size === layout.entries.length,
    {
      path: ["entries"],
      message: "Each attribute can appear once.",
    },
  );
export type TPageLayoutInput = z.infer<typeof ZPageLayoutInput>;

export const ZFlowSettingsInput = z.object({
  name: ZFlowName,
  enabled: z.boolean(),
  /** Only invited people sign up; left out, the setting stays as it is. */
  invitationOnly: z.boolean().optional(),
  /** New accounts wait for an approver; left out, the setting stays as it is. */
  requiresApproval: z.boolean().optional(),
  /** Addresses at these domains (and their subdomains) skip approval. */
  approvalExemptDomains: z.array(ZEmailDomain).max(500, "Use at most 500 domains.").optional(),
  /** Progressive profiling: returning people answer required questions added since they signed up. */
  askMissingAttributes: z.boolean().optional(),
  /** A second factor: not asked for, offered at sign-up, or required before any token; left out, it stays. */
  secondFactorPolicy: z.enum(["OFF", "OPTIONAL", "REQUIRED"]).optional(),
  /** A federated sign-in whose upstream did MFA (amr "mfa") needs no second factor here; left out, it stays. */
  trustUpstreamMfa: z.boolean().optional(),
  /** People may sign in with a passkey alone; left out, it stays. */
  passkeySignIn: z.boolean().optional(),
  /** A proof of work (ALTCHA) before codes are sent: never, always, or once risk signals appear; left out, it stays. */
  botProtection: z.enum(["OFF", "ALWAYS", "ON_RISK"]).optional(),
  /** The proof of work's cost: the highest number a browser may have to try; left out, it stays. */
  botProtectionDifficulty: z.coerce
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(1_000, "At least 1,000.")
    .max(5_000_000, "At most 5,000,000: more keeps slow phones waiting for many seconds.")
    .optional(),
  /** The terms documents people accept to sign up, in order; left out, they stay as they are. */
  termsDocumentIds: z.array(z.uuid()).max(20, "Require at most 20 documents.").optional(),
  identityProviderIds: z.array(z.uuid()).min(1, "Choose at least one identity provider."),
  returnClaims: z.array(storableText().min(1).max(64)),
});
export type TFlowSettingsInput = z.infer<typeof ZFlowSettingsInput>;
export * from "./flow-language-schemas";
