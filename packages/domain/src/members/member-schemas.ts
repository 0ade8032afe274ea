import { z } from "zod";
import { ZNewPassword, ZOperatorEmail } from "../operators/operator-schemas";

// Imported by browser code (the admin's forms): keep free of server imports.

export const ZTenantRole = z.enum([
  "OWNER",
  "USER_FLOW_ADMIN",
  "ATTRIBUTE_ADMIN",
  "IDENTITY_PROVIDER_ADMIN",
  "READER",
]);

export const ZInviteOperatorInput = z.object({ email: ZOperatorEmail, role: ZTenantRole });
export type TInviteOperatorInput = z.infer<typeof ZInviteOperatorInput>;

export const ZNewOperatorDetails = z.object({
  displayName: z.string().trim().min(1, "Enter your name.").max(100),
  password: ZNewPassword,
});
export type TNewOperatorDetails = z.infer<typeof ZNewOperatorDetails>;
