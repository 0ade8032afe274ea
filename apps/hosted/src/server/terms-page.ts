import type { IncomingMessage, ServerResponse } from "node:http";
import MarkdownIt from "markdown-it";
import type { Tenant } from "@guestlist/domain";
import { termsVersionForPage } from "@guestlist/domain/terms";
import { escapeHtml } from "@guestlist/domain/web-security";
import { sendPage } from "./html";
import { nonceOf } from "./security-headers";

export const TERMS_PATH = /^\/terms\/([^/]+)\/?$/;

// Tenant text, shown to the public: raw HTML is escaped, not rendered, and
// markdown-it's own link check refuses javascript:, vbscript: and data: URLs.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]!.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, index, options, env, self);
};

// The page's own h1 is the version's title: the text's headings start one level below it.
for (const rule of ["heading_open", "heading_close"] as const)
  markdown.renderer.rules[rule] = (tokens, index, options, _env, self) => {
    const token = tokens[index]!;
    token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 6)}`;
    return self.renderToken(tokens, index, options);
  };

/** GET /<tenant>/terms/<versionId>: one version's Markdown text, as a plain page. */
export async function serveTermsPage(
  req: IncomingMessage,
  res: ServerResponse,
  tenant: Tenant,
  versionId: string,
): Promise<void> {
  const tenantName = tenant.brandingDisplayName ?? tenant.name;
  const terms = await termsVersionForPage(tenant.id, versionId);
  if (!terms)
    return sendPage(res, 404, {
      title: "Not found",
      tenantName,
      primaryColor: tenant.brandingPrimaryColor,
      nonce: nonceOf(req),
      body: "<h1>There is no such page</h1><p>These terms do not exist, or are published elsewhere.</p>",
    });
  sendPage(res, 200, {
    title: terms.title,
    tenantName,
    primaryColor: tenant.brandingPrimaryColor,
    nonce: nonceOf(req),
    body: `<h1>${escapeHtml(terms.title)}</h1>
<p><small>Version ${terms.version}, published ${terms.publishedAt.toISOString().slice(0, 10)}</small></p>
<article>${markdown.render(terms.markdown)}</article>`,
  });
}
