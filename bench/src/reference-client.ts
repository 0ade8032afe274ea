/** The reference server's port and its one client (see reference-provider.ts). */
export const REFERENCE_PORT = 3209;

export const REFERENCE_CLIENT = {
  client_id: "reference-app",
  client_secret: "reference-secret-reference-secret",
  redirect_uris: ["http://localhost:3202/api/auth/callback/guestlist"],
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code" as const],
};
