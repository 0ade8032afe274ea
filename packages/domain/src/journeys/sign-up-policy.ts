import type { Tenant } from "../generated/prisma/client";

/** Whether the tenant's sign-up domain allow or block list lets this address sign up. */
export function emailDomainAllowed(
  tenant: Pick<Tenant, "signUpDomainPolicy" | "signUpDomains">,
  email: string,
): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  const listed = tenant.signUpDomains.some(
    (entry) => domain === entry || domain.endsWith(`.${entry}`),
  );
  if (tenant.signUpDomainPolicy === "ALLOW_LIST") return listed;
  if (tenant.signUpDomainPolicy === "BLOCK_LIST") return !listed;
  return true;
}
