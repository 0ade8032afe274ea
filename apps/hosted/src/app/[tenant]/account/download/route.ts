import { exportMyData } from "@guestlist/domain/my-account";
import { database } from "@/lib/database";
import { currentAccount, accountSignInPath } from "@/server/account-context";
import { seeOther } from "@/server/account-page-data";

export const dynamic = "force-dynamic";

/** The person's own data as a JSON file. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const { tenant: slug } = await params;
  const account = await currentAccount(slug);
  if (!account) return seeOther(accountSignInPath(slug, "data"));
  const document = await exportMyData(database(), account.holder);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${account.tenant.slug}-my-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
