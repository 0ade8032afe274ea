import { adminConfig } from "@/config";
import { handleApiRequest } from "@/api-v1/router";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

async function serve(request: Request, { params }: Context): Promise<Response> {
  const { path } = await params;
  return handleApiRequest(request, `/${path.join("/")}`, {
    requestsPerMinute: adminConfig().GUESTLIST_API_REQUESTS_PER_MINUTE,
  });
}

export { serve as GET, serve as POST, serve as PUT, serve as PATCH, serve as DELETE };
