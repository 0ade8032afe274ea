import { describe, expect, it } from "vitest";
import { ZCreateApiKeyInput } from "../api-keys/api-key-schemas";
import { ZRenameTenantInput } from "../tenants/tenant-schemas";
import { ZGuestDirectoryFilters } from "../guests/guest-schemas";
import { storableText } from "./storable-text";

const NUL_MESSAGE = "Remove the NUL character (\\u0000).";

describe("storable text", () => {
  it("accepts any text PostgreSQL can store, line breaks and every script included", () => {
    for (const text of ["", "Woodgrove", "Zoë Ñandú 山田 🙂", "two\nlines\ttab"])
      expect(storableText().parse(text)).toBe(text);
  });

  it("refuses U+0000 with a message for the field", () => {
    const result = storableText().safeParse("north\u0000south");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(NUL_MESSAGE);
  });

  it("is what the admin's forms and filters use, so a NUL is a field error and never a database one", () => {
    for (const [schema, input, field] of [
      [ZRenameTenantInput, { name: "Wood\u0000grove" }, "name"],
      [ZCreateApiKeyInput, { name: "ci\u0000" }, "name"],
      [ZGuestDirectoryFilters, { q: "\u0000" }, "q"],
    ] as const) {
      const result = schema.safeParse(input);
      expect(result.success, field).toBe(false);
      expect(result.error?.issues).toContainEqual(
        expect.objectContaining({ path: [field], message: NUL_MESSAGE }),
      );
    }
  });
});
