/** Set by the hosted server on every request from the socket (or X-Forwarded-For behind a trusted proxy). */
export const CLIENT_IP_HEADER = "x-guestlist-client-ip";
