import { textFor } from "../i18n/text";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { JourneySettings } from "../journeys/journey-settings";
import { emailDomainAllowed } from "../journeys/sign-up-policy";
import { emailAddressSchema } from "../validation/email-address";
import type { AccountHolder } from "./account-holder";
import { sendAccountCode } from "./account-codes";
import { ACCOUNT_GONE } from "./my-account-view";

export type EmailChangeStart =
  { status: "sent"; email: string } | { status: "invalid"; message: string };

/**
 * The person asks to use another address: a code goes to the new one, which
 * they prove by entering it (confirmEmailChange). Whether the address already
 * has an account is only said after it is proven, so the page tells a
 * stranger nothing about who has an account. The tenant's sign-up domain
 * lists apply to the new address.
 */
export async function startEmailChange(
  prisma: PrismaClient,
  settings: JourneySettings,
  holder: AccountHolder,
  newEmail: string,
): Promise<EmailChangeStart> {
  const text = textFor(holder.locale);
  const parsed = emailAddressSchema(text).safeParse(newEmail);
  if (!parsed.success) return { status: "invalid", message: parsed.error.issues[0]!.message };
  const guest = await prisma.guestUser.findFirst({
    where: { id: holder.guestUserId, tenantId: holder.tenantId, status: "ACTIVE" },
    include: {
      tenant: {
        select: {
          name: true,
          brandingDisplayName: true,
          signUpDomainPolicy: true,
          signUpDomains: true,
        },
      },
    },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  if (parsed.data === guest.email)
    return { status: "invalid", message: text("accountMessages.sameAddress") };
  // The tenant's domain lists say who may have an account: a change cannot step around them.
  if (!emailDomainAllowed(guest.tenant, parsed.data))
    return { status: "invalid", message: text("accountMessages.domainRefused") };
  const refused = await sendAccountCode(settings, holder, {
    purpose: "EMAIL_CHANGE",
    email: parsed.data,
    tenantName: guest.tenant.brandingDisplayName ?? guest.tenant.name,
  });
  return refused ? { status: "invalid", message: refused } : { status: "sent", email: parsed.data };
}
