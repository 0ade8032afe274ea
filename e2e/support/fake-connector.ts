import http from "node:http";

/**
 * An API connector endpoint written the way Microsoft's documentation shows:
 * Basic authentication, and the three answers of the contract, chosen here by
 * the business registration code and the email domain; and a custom claims
 * provider (OnTokenIssuanceStart) giving a supplier tier and roles.
 */
const port = Number(process.env.FAKE_CONNECTOR_PORT ?? 3198);
const expected = `Basic ${Buffer.from("guestlist:connector-e2e-password").toString("base64")}`;

http
  .createServer((req, res) => {
    const reply = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.url === "/health") return reply(200, { ok: true });
    if (req.headers.authorization !== expected) return reply(401, { error: "unauthorized" });
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      // OnTokenIssuanceStart, as Microsoft's custom claims provider documentation answers it.
      if (body.type === "microsoft.graph.authenticationEvent.tokenIssuanceStart")
        return reply(200, {
          data: {
            "@odata.type": "microsoft.graph.onTokenIssuanceStartResponseData",
            actions: [
              {
                "@odata.type": "microsoft.graph.tokenIssuanceStart.provideClaimsForToken",
                claims: { SupplierTier: "gold", CustomRoles: ["Supplier", "Reviewer"] },
              },
            ],
          },
        });
      const code = Object.entries(body).find(([key]) =>
        key.endsWith("_BusinessRegistrationCode"),
      )?.[1];
      const name = Object.entries(body).find(([key]) => key.endsWith("_BusinessName"))?.[1];
      if (typeof body.email === "string" && body.email.endsWith("@blocked.test")) {
        return reply(200, {
          version: "1.0.0",
          action: "ShowBlockPage",
          userMessage: "Woodgrove does not accept sign-ups from this company.",
        });
      }
      if (code === 1) {
        return reply(400, {
          version: "1.0.0",
          status: 400,
          action: "ValidationError",
          userMessage: "That business registration code is not registered.",
        });
      }
      if (code === 500) return reply(500, { error: "registry unavailable" });
      if (code === 7777)
        return reply(200, {
          version: "1.0.0",
          action: "Continue",
          extension_BusinessName: `${typeof name === "string" ? name : ""} (verified)`,
        });
      reply(200, { version: "1.0.0", action: "Continue" });
    });
  })
  .listen(port, "127.0.0.1");
