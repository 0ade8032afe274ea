import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { database } from "./database";
import { authenticateOperator } from "@guestlist/domain/operators";
import { rateLimitMessageOrThrow } from "@guestlist/domain/rate-limits";
import { forwardedClientIp } from "@guestlist/domain/web-security";
import { adminConfig } from "../config";

declare module "next-auth" {
  interface Session {
    operatorId: string;
  }
}

/** Operators sign in with email and password; sessions are signed JWT cookies that expire after 8 hours. */
export function authOptions(): NextAuthOptions {
  const config = adminConfig();
  process.env.NEXTAUTH_URL ??= config.ADMIN_URL;
  const secure = config.ADMIN_URL.startsWith("https:");
  return {
    secret: config.ADMIN_AUTH_SECRET,
    // __Host-: Secure, path /, no Domain, so no subdomain can plant or read an operator's session.
    cookies: {
      sessionToken: {
        name: secure ? "__Host-guestlist-admin.session" : "guestlist-admin.session",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    session: { strategy: "jwt", maxAge: 8 * 60 * 60, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const operator = await authenticateOperator(database(), {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            requestIp: config.TRUST_PROXY
              ? forwardedClientIp(
                  request.headers?.["x-forwarded-for"] as string | string[] | undefined,
                )
              : null,
          }).catch((error: unknown) => {
            // next-auth hands a thrown message to the sign-in form as its error.
            throw new Error(rateLimitMessageOrThrow(error));
          });
          return operator
            ? { id: operator.id, email: operator.email, name: operator.displayName }
            : null;
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        session.operatorId = token.sub!;
        return session;
      },
    },
  };
}
