import http from "node:http";
import { generateKeyPairSync } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import forge from "node-forge";
import samlify from "samlify";

/**
 * Two partners' SAML 2.0 identity providers for the e2e suite, built with
 * samlify: each publishes metadata, shows a sign-in page for each
 * AuthnRequest (`/idp` takes them with HTTP-Redirect, `/post-idp` only with
 * HTTP-POST), and posts a signed response to Guestlist's ACS. A form
 * field asks for a broken response instead, as an attacker or a misconfigured
 * IdP would send: tampered, unsigned, for another audience, expired, or the
 * previous one again.
 */
const port = Number(process.env.SAML_IDP_PORT ?? 3195);
const base = `http://localhost:${port}`;
const hosted = process.env.HOSTED_URL ?? "http://localhost:3101";
const tenant = process.env.SAML_TENANT ?? "woodgrove";
const EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
const POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

samlify.setSchemaValidator({ validate: () => Promise.resolve("skipped") });

function signingKey() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: "spki", format: "pem" }).toString(),
  );
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000 * 365);
  cert.setSubject([{ name: "commonName", value: "Partner SAML IdP" }]);
  cert.setIssuer([{ name: "commonName", value: "Partner SAML IdP" }]);
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  cert.sign(forge.pki.privateKeyFromPem(pem), forge.md.sha256.create());
  return { privateKeyPem: pem, certificatePem: forge.pki.certificateToPem(cert) };
}

const keys = signingKey();
const partnerIdp = (entity: string, binding: string, sso: string) =>
  samlify.IdentityProvider({
    entityID: `${base}/${entity}`,
    privateKey: keys.privateKeyPem,
    signingCert: keys.certificatePem,
    nameIDFormat: [EMAIL],
    singleSignOnService: [{ Binding: binding, Location: `${base}${sso}` }],
    singleLogoutService: [{ Binding: REDIRECT, Location: `${base}/slo` }],
  });
const idps: Record<string, ReturnType<typeof partnerIdp>> = {
  idp: partnerIdp("idp", REDIRECT, "/sso"),
  "post-idp": partnerIdp("post-idp", POST, "/post-idp/sso"),
};
const acs = `${hosted}/${tenant}/federation/saml/acs`;
const spEntity = `${hosted}/${tenant}/saml/metadata`;
let previous: { response: string; relayState: string } | null = null;

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function loginResponse(
  entity: string,
  requestId: string,
  email: string,
  variant: string,
): Promise<string> {
  const idp = idps[entity] ?? idps.idp!;
  const sp = samlify.ServiceProvider({
    entityID: variant === "wrong-audience" ? "https://someone-else.example/sp" : spEntity,
    assertionConsumerService: [{ Binding: POST, Location: acs }],
    wantAssertionsSigned: true,
  });
  const { context } = (await idp.createLoginResponse(
    sp,
    { extract: { request: { id: requestId } } },
    "post",
    { email },
    (template: string) => {
      const now = Date.now();
      const at = (ms: number) => new Date(now + ms).toISOString();
      const expired = variant === "expired";
      return {
        id: "_r",
        context: samlify.SamlLib.replaceTagsByValue(
          template
            .replace(
              "{AttributeStatement}",
              `<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><saml:AttributeValue>Sam</saml:AttributeValue></saml:Attribute><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"><saml:AttributeValue>Partner</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`,
            )
            .replace("{AuthnStatement}", ""),
          {
            ID: `_resp${Math.random().toString(16).slice(2)}`,
            AssertionID: `_assert${Math.random().toString(16).slice(2)}`,
            Destination: acs,
            Audience: sp.entityMeta.getEntityID(),
            SubjectRecipient: acs,
            Issuer: idp.entityMeta.getEntityID(),
            IssueInstant: at(expired ? -3_600_000 : 0),
            StatusCode: "urn:oasis:names:tc:SAML:2.0:status:Success",
            ConditionsNotBefore: at(expired ? -3_600_000 : 0),
            ConditionsNotOnOrAfter: at(expired ? -3_000_000 : 300_000),
            SubjectConfirmationDataNotOnOrAfter: at(expired ? -3_000_000 : 300_000),
            NameIDFormat: EMAIL,
            NameID: email,
            InResponseTo: requestId,
          },
        ),
      };
    },
  )) as { context: string };
  const xml = Buffer.from(context, "base64").toString("utf8");
  if (variant === "tamper")
    return Buffer.from(xml.replaceAll(email, `admin-${email}`)).toString("base64");
  if (variant === "unsigned")
    return Buffer.from(xml.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/g, "")).toString(
      "base64",
    );
  return context;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

async function formOf(req: http.IncomingMessage): Promise<URLSearchParams> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return new URLSearchParams(text);
}

const server = http.createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname === "/metadata" || url.pathname === "/post-idp/metadata") {
      const idp = url.pathname === "/metadata" ? idps.idp! : idps["post-idp"]!;
      res.writeHead(200, { "content-type": "application/xml" }).end(idp.getMetadata());
      return;
    }
    const redirectBinding = url.pathname === "/sso" && req.method === "GET";
    const postBinding = url.pathname === "/post-idp/sso" && req.method === "POST";
    if (redirectBinding || postBinding) {
      const form = postBinding ? await formOf(req) : url.searchParams;
      const encoded = Buffer.from(form.get("SAMLRequest") ?? "", "base64");
      // HTTP-Redirect deflates the request; HTTP-POST sends it as it is.
      const request = (redirectBinding ? inflateRawSync(encoded) : encoded).toString("utf8");
      const requestId = /\bID="([^"]+)"/.exec(request)?.[1] ?? "";
      const relayState = form.get("RelayState") ?? "";
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        page(
          "Partner sign-in",
          `<form method="post" action="/sso/login">
<input type="hidden" name="entity" value="${postBinding ? "post-idp" : "idp"}">
<input type="hidden" name="requestId" value="${escape(requestId)}"><input type="hidden" name="relayState" value="${escape(relayState)}">
<label for="email">Work email</label> <input id="email" name="email" type="email">
<label for="variant">Response</label> <select id="variant" name="variant"><option value="valid">A valid response</option><option value="tamper">Tampered</option><option value="unsigned">Unsigned</option><option value="wrong-audience">For another service</option><option value="expired">Expired</option><option value="replay">The previous response again</option></select>
<button type="submit">Sign in</button></form>`,
        ),
      );
      return;
    }
    if (url.pathname === "/sso/login" && req.method === "POST") {
      const form = await formOf(req);
      const variant = form.get("variant") ?? "valid";
      const relayState = form.get("relayState") ?? "";
      const answer =
        variant === "replay" && previous
          ? { response: previous.response, relayState }
          : {
              response: await loginResponse(
                form.get("entity") ?? "idp",
                form.get("requestId") ?? "",
                form.get("email") ?? "",
                variant,
              ),
              relayState,
            };
      if (variant === "valid") previous = answer;
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          page(
            "Back to Guestlist",
            `<form method="post" action="${escape(acs)}"><input type="hidden" name="SAMLResponse" value="${escape(answer.response)}"><input type="hidden" name="RelayState" value="${escape(answer.relayState)}"><button type="submit">Continue</button></form>`,
          ),
        );
      return;
    }
    res.writeHead(404).end();
  })().catch((error: unknown) => {
    res.writeHead(500).end(String(error));
  });
});
server.listen(port);
