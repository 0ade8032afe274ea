/**
 * A person's browser with JavaScript off, as far as the hosted pages are
 * concerned: cookies, redirects followed by hand, and forms submitted the way
 * a browser submits them (every hidden input, the pressed button's name and
 * value, multipart, with Origin). Each person has an IP of their own, sent as
 * X-Forwarded-For to a hosted app that trusts its proxy.
 */
export class Browser {
  private readonly jar = new Map<string, string>();

  constructor(
    private readonly origin: string,
    private readonly ip: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      cookie: [...this.jar].map(([name, value]) => `${name}=${value}`).join("; "),
      "x-forwarded-for": this.ip,
      ...extra,
    };
  }

  private remember(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(cookie)) this.jar.delete(name);
      else this.jar.set(name, pair!.slice(index + 1));
    }
  }

  /**
   * Follows redirects from `response` until a page on our origin answers (its
   * HTML is returned) or a redirect leaves the origin (the app's callback).
   */
  private async settle(response: Response, url: string): Promise<Visit> {
    let current = response;
    let at = url;
    for (let hop = 0; hop < 10; hop++) {
      this.remember(current);
      const location = current.headers.get("location");
      if (!location) {
        const html = await current.text();
        if (current.status >= 400)
          throw new Error(`${current.status} at ${at}: ${html.slice(0, 200)}`);
        return { url: at, html };
      }
      at = new URL(location, at).href;
      if (!at.startsWith(this.origin)) {
        await current.arrayBuffer();
        return { url: at, html: "" };
      }
      await current.arrayBuffer();
      current = await fetch(at, { redirect: "manual", headers: this.headers() });
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** Follows the redirects to a page; returns the milliseconds until the page's own headers arrived. */
  async timeToFirstByte(url: string): Promise<number> {
    let at = url;
    for (let hop = 0; hop < 10; hop++) {
      const started = performance.now();
      const response = await fetch(at, { redirect: "manual", headers: this.headers() });
      const elapsed = performance.now() - started;
      this.remember(response);
      await response.arrayBuffer();
      const location = response.headers.get("location");
      if (!location) return elapsed;
      at = new URL(location, at).href;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** The headers this browser sends now (its cookies and IP), for requests made outside it. */
  requestHeaders(): Record<string, string> {
    return this.headers();
  }

  async open(url: string): Promise<Visit> {
    return this.settle(await fetch(url, { redirect: "manual", headers: this.headers() }), url);
  }

  /** Presses the button labelled `button` on `page`, with `fields` typed into the form. */
  async submit(page: Visit, button: string, fields: Record<string, string> = {}): Promise<Visit> {
    const form = formWithButton(page.html, button);
    const body = new FormData();
    for (const [name, value] of form.hidden) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (form.button) body.append(form.button.name, form.button.value);
    const response = await fetch(new URL(form.action || page.url, page.url), {
      method: "POST",
      redirect: "manual",
      headers: this.headers({ origin: this.origin }),
      body,
    });
    return this.settle(response, page.url);
  }
}

export interface Visit {
  url: string;
  html: string;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x27": "'",
};
const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];

function formWithButton(html: string, label: string) {
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    const button = [...form.matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)].find(
      ([, , text]) => text!.replace(/<[^>]+>/g, "").trim() === label,
    );
    if (!button) continue;
    const hidden: [string, string][] = [];
    for (const [input] of form.matchAll(/<input[^>]*>/g)) {
      if (attribute(input, "type") !== "hidden") continue;
      const name = attribute(input, "name");
      if (name) hidden.push([decode(name), decode(attribute(input, "value") ?? "")]);
    }
    const name = attribute(button[1]!, "name");
    return {
      action: attribute(form.slice(0, form.indexOf(">")), "action"),
      hidden,
      button: name ? { name, value: decode(attribute(button[1]!, "value") ?? "") } : undefined,
    };
  }
  throw new Error(`no form with a "${label}" button on the page`);
}
