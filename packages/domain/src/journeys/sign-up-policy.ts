import type { Tenant } from "../generated/prisma/client";

/** Whether the address's domain is one of `domains` or under one of them. */
export function emailDomainListed(domains: string[], email: string): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}

/** Whether the tenant's sign-up domain allow or block list lets this address sign up. */
export function emailDomainAllowed(
  tenant: Pick<Tenant, "signUpDomainPolicy" | "signUpDomains">,
  email: string,
): boolean {
  const listed = emailDomainListed(tenant.signUpDomains, email);
  if (tenant.signUpDomainPolicy === "ALLOW_LIST") return listed;
  if (tenant.signUpDomainPolicy === "BLOCK_LIST") return !listed;
  return true;
}
