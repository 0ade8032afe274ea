import type { NextAuthOptions } from "next-auth";
import { demoEnv, issuerUrl } from "./config";

export interface GuestlistClaims {
  sub: string;
  [claim: string]: unknown;
}

declare module "next-auth" {
  interface Session {
    claims?: GuestlistClaims;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    idToken?: string;
    claims?: GuestlistClaims;
  }
}

/**
 * An ordinary next-auth OpenID Connect client of the tenant: discovery,
 * code flow with PKCE, state and nonce. Nothing here knows Guestlist beyond
 * its issuer URL.
 */
export function authOptions(): NextAuthOptions {
  const env = demoEnv();
  process.env.NEXTAUTH_URL ??= env.DEMO_URL;
  return {
    secret: env.DEMO_AUTH_SECRET,
    session: { strategy: "jwt" },
    pages: { signIn: "/", error: "/" },
    providers: [
      {
        id: "guestlist",
        name: "Woodgrove",
        type: "oauth",
        wellKnown: `${issuerUrl(env)}/.well-known/openid-configuration`,
        clientId: env.DEMO_CLIENT_ID,
        clientSecret: env.DEMO_CLIENT_SECRET,
        authorization: { params: { scope: "openid profile email" } },
        idToken: true,
        checks: ["pkce", "state", "nonce"],
        profile: (profile: GuestlistClaims) => ({
          id: profile.sub,
          name: typeof profile.name === "string" ? profile.name : null,
          email: typeof profile.email === "string" ? profile.email : null,
        }),
      },
    ],
    callbacks: {
      jwt({ token, account, profile }) {
        if (account?.id_token) {
          token.idToken = account.id_token;
          token.claims = profile as GuestlistClaims;
        }
        return token;
      },
      session({ session, token }) {
        session.claims = token.claims;
        return session;
      },
    },
  };
}
