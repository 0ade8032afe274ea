import NextAuth from "next-auth";
import { authOptions } from "@/auth";

function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth v4 types its App Router handler loosely: it is a route handler.
  const routeHandler = NextAuth(authOptions()) as (
    request: Request,
    context: { params: Promise<{ nextauth: string[] }> },
  ) => Promise<Response>;
  return routeHandler(request, context);
}

export { handler as GET, handler as POST };
