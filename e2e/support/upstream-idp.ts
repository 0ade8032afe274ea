import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider standing in for a partner's IdP (or Google,
 * or Microsoft): oidc-provider with its development login pages, where any
 * login name signs in. The login name is used as the account's email.
 */
const port = Number(process.env.UPSTREAM_IDP_PORT ?? 3197);
const issuer = `http://localhost:${port}`;
const hosted = process.env.HOSTED_URL ?? "http://localhost:3101";

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "guestlist-e2e",
      client_secret: "upstream-client-secret",
      redirect_uris: [`${hosted}/woodgrove/federation/callback`],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name", "given_name", "family_name"],
  },
  scopes: ["openid", "email", "profile"],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["upstream-idp-cookie-key-for-the-e2e-suite"] },
  async findAccount(_ctx, id) {
    const local = id.split("@")[0] ?? id;
    return {
      accountId: id,
      async claims() {
        return {
          sub: `upstream-${id}`,
          email: id,
          email_verified: true,
          name: `Upstream ${local}`,
          given_name: "Upstream",
          family_name: local,
        };
      },
    };
  },
});
// A forging upstream for the tests: the ID token's signature no longer matches its content.
if (process.env.UPSTREAM_TAMPER_ID_TOKENS === "true") {
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === "/token" && body?.id_token) {
      const [header, payload, signature] = body.id_token.split(".");
      const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
      claims.email = "someone.else@supplier.test";
      body.id_token = [
        header,
        Buffer.from(JSON.stringify(claims)).toString("base64url"),
        signature,
      ].join(".");
    }
  });
}
provider.listen(port);
