import { AppError } from "../errors/app-error";
import type { IdentityProviderType } from "../generated/prisma/enums";

export interface OfferedProvider {
  id: string;
  type: IdentityProviderType;
  /** Addresses at some domains sign in with this provider (home realm discovery). */
  homeRealm?: boolean;
}

/** The ways in that a journey's user flow offers: its enabled identity providers. */
export interface JourneyMethods {
  /** Sign in, or sign up, with a one-time code by email. */
  emailCode: boolean;
  /** Email + password accounts (their sign-up and reset also prove the address with a code). */
  password: boolean;
  /** Upstream identity providers, by id. */
  federated: string[];
  /** An offered upstream provider is the home realm of some email domains: the page asks for the address. */
  homeRealm: boolean;
}

export function methodsOffered(providers: OfferedProvider[]): JourneyMethods {
  return {
    homeRealm: providers.some((provider) => provider.homeRealm === true),
    emailCode: providers.some((provider) => provider.type === "EMAIL_OTP"),
    password: providers.some((provider) => provider.type === "EMAIL_PASSWORD"),
    federated: providers
      .filter((provider) => provider.type !== "EMAIL_OTP" && provider.type !== "EMAIL_PASSWORD")
      .map((provider) => provider.id),
  };
}

/**
 * Whether a code may be sent to an address typed on the page: always to sign
 * up in a flow with email codes or passwords (a password account proves its
 * address first), to sign in only where the flow offers email codes.
 */
export function emailEntryOffered(methods: JourneyMethods, kind: "SIGN_IN" | "SIGN_UP"): boolean {
  return methods.emailCode || (kind === "SIGN_UP" && methods.password);
}

/** Refuses a step the flow does not offer, whatever the request says. */
export function assertOffered(offered: boolean): void {
  if (!offered) throw new AppError("forbidden", "This sign-in option is not available here.");
}
