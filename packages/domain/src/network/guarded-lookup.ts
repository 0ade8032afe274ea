import dns from "node:dns";
import net from "node:net";
import { isBlockedAddress } from "./private-addresses";

/**
 * A DNS lookup for outbound sockets that refuses names resolving to a blocked
 * address. It runs when the socket connects, so the address checked is the
 * address used: a name cannot pass a check and then rebind to 127.0.0.1.
 */
export function guardedLookup(
  allowPrivateNetworks: boolean,
  refuse: (message: string) => Error,
): net.LookupFunction {
  return (host, options, callback) => {
    dns.lookup(host, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses;
      const blocked = allowPrivateNetworks
        ? undefined
        : list.find((a) => isBlockedAddress(a.address));
      if (blocked)
        return callback(
          refuse(
            `${host} resolves to ${blocked.address}, a private, loopback or link-local address`,
          ),
          "",
          0,
        );
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** A literal IP in a URL never goes through DNS: it is checked here instead. */
export function blockedLiteralAddress(url: URL, allowPrivateNetworks: boolean): string | undefined {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  return !allowPrivateNetworks && net.isIP(hostname) && isBlockedAddress(hostname)
    ? hostname
    : undefined;
}
