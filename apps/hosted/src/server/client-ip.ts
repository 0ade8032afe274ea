/** Set by the hosted server on every request from the socket (or X-Forwarded-For behind a trusted proxy). */
export const CLIENT_IP_HEADER = "x-guestlist-client-ip";

/**
 * Set by the hosted server once oidc-provider confirms that the interaction in
 * the URL is this browser's (its signed cookie): "<tenant>/<uid>". Server
 * actions act only on that journey, whatever their bound arguments say; any
 * value a client sends is removed first.
 */
export const VERIFIED_INTERACTION_HEADER = "x-guestlist-verified-interaction";
