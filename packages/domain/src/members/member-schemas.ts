import { z } from "zod";
import { storableText } from "../validation/storable-text";
import { ZNewPassword } from "../operators/operator-schemas";
import { ZEmailAddress } from "../validation/email-address";

// Imported by browser code (the admin's forms): keep free of server imports.

export const ZTenantRole = z.enum([
  "OWNER",
  "USER_FLOW_ADMIN",
  "ATTRIBUTE_ADMIN",
  "IDENTITY_PROVIDER_ADMIN",
  "USER_ADMIN",
  "READER",
]);
export type TTenantRole = z.infer<typeof ZTenantRole>;

export const ROLE_LABELS: Record<TTenantRole, string> = {
  OWNER: "Owner",
  USER_FLOW_ADMIN: "User flow administrator",
  ATTRIBUTE_ADMIN: "Attribute administrator",
  IDENTITY_PROVIDER_ADMIN: "Identity provider administrator",
  USER_ADMIN: "User administrator",
  READER: "Reader",
};

export const ZInviteOperatorInput = z.object({ email: ZEmailAddress, role: ZTenantRole });
export type TInviteOperatorInput = z.infer<typeof ZInviteOperatorInput>;

export const ZNewOperatorDetails = z.object({
  displayName: storableText().trim().min(1, "Enter your name.").max(100),
  password: ZNewPassword,
});
export type TNewOperatorDetails = z.infer<typeof ZNewOperatorDetails>;
