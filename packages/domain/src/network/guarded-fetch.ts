import { Agent } from "undici";
import { blockedLiteralAddress, guardedLookup } from "./guarded-lookup";

const fetchers = new Map<boolean, typeof fetch>();

export class BlockedAddressError extends Error {
  override readonly name = "BlockedAddressError";
}

/**
 * fetch for calls to addresses an administrator typed (identity-provider
 * discovery, JWKS, token and userinfo endpoints): private, loopback,
 * link-local and metadata addresses are refused, whether written literally or
 * reached through DNS, and redirects are never followed, so one cannot lead
 * inside either. Every new socket is looked up and checked as it connects.
 */
export function guardedFetch(allowPrivateNetworks: boolean): typeof fetch {
  const known = fetchers.get(allowPrivateNetworks);
  if (known) return known;
  const dispatcher = new Agent({
    connect: {
      lookup: guardedLookup(allowPrivateNetworks, (message) => new BlockedAddressError(message)),
    },
  });
  const guarded: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const literal = blockedLiteralAddress(url, allowPrivateNetworks);
    if (literal)
      throw new BlockedAddressError(`${literal} is a private, loopback or link-local address`);
    return fetch(input, { ...init, redirect: "manual", dispatcher } as RequestInit);
  };
  fetchers.set(allowPrivateNetworks, guarded);
  return guarded;
}
