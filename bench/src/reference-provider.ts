import http from "node:http";
import { generateKeyPairSync } from "node:crypto";
import Provider from "oidc-provider";
import { MapAdapter } from "./map-adapter";
import { mintTokens } from "./mint-tokens";
import { REFERENCE_CLIENT, REFERENCE_PORT } from "./reference-client";

/**
 * The reference: oidc-provider from npm with an in-memory adapter and an
 * RS256 key, as its documentation configures it, serving the same kind of
 * client our benchmark uses. GET /__mint?kind=code|refresh&n=… hands out fresh
 * codes or refresh tokens, so both servers are asked to redeem identical work.
 */
const port = REFERENCE_PORT;
const issuer = `http://127.0.0.1:${port}`;

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const provider = new Provider(issuer, {
  adapter: MapAdapter,
  clients: [REFERENCE_CLIENT],
  jwks: {
    keys: [{ ...privateKey.export({ format: "jwk" }), alg: "RS256", use: "sig", kid: "ref" }],
  },
  findAccount: (_ctx, sub) => ({
    accountId: sub,
    claims: () => ({
      sub,
      email: `${sub}@reference.test`,
      email_verified: true,
      name: "Reference",
    }),
  }),
  scopes: ["openid", "offline_access", "profile", "email"],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  features: { devInteractions: { enabled: false } },
  responseTypes: ["code"],
  rotateRefreshToken: true,
  issueRefreshToken: () => true,
});

const callback = provider.callback();
http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname !== "/__mint") return void callback(req, res);
    mintTokens(
      provider,
      {
        clientId: REFERENCE_CLIENT.client_id,
        redirectUri: REFERENCE_CLIENT.redirect_uris[0]!,
        accountId: (i) => `person-${i}`,
      },
      url.searchParams.get("kind") === "refresh" ? "refresh" : "code",
      Number(url.searchParams.get("n") ?? 1),
    ).then(
      (values) =>
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(values)),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  })
  .listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
