import type Provider from "oidc-provider";

export type MintKind = "code" | "refresh";

/** The scopes every minted code and refresh token carries, for ours and the reference alike. */
const SCOPE = "openid profile email offline_access";

/**
 * `n` fresh authorization codes or refresh tokens, each under a grant of its
 * own, saved through the provider's adapter exactly as a sign-in would.
 */
export async function mintTokens(
  provider: Provider,
  target: { clientId: string; redirectUri: string; accountId: (i: number) => string },
  kind: MintKind,
  n: number,
): Promise<string[]> {
  const client = await provider.Client.find(target.clientId);
  if (!client) throw new Error(`no client ${target.clientId} to mint for`);
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const accountId = target.accountId(i);
    const grant = new provider.Grant({ accountId, clientId: target.clientId });
    grant.addOIDCScope(SCOPE);
    const common = {
      gty: "authorization_code",
      accountId,
      grantId: await grant.save(),
      client,
      scope: SCOPE,
      authTime: Math.floor(Date.now() / 1000),
    };
    values.push(
      kind === "refresh"
        ? await new provider.RefreshToken(common).save()
        : await new provider.AuthorizationCode({
            ...common,
            redirectUri: target.redirectUri,
          }).save(),
    );
  }
  return values;
}
