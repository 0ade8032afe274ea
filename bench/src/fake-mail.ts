import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Stands in for Resend's API (POST /emails) and keeps the last one-time code
 * sent to each address, so the load can read it without a mailbox.
 */
export async function startFakeMail() {
  const codes = new Map<string, string>();
  const waiting = new Map<string, (code: string) => void>();
  let sent = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.method !== "POST" || !req.url?.startsWith("/emails")) {
        res.writeHead(404).end();
        return;
      }
      const email = JSON.parse(body) as { to: string | string[]; text?: string };
      const to = [email.to].flat()[0]!;
      const code = /\b(\d{6})\b/.exec(email.text ?? "")?.[1];
      sent++;
      if (code) {
        codes.set(to, code);
        waiting.get(to)?.(code);
        waiting.delete(to);
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `bench-${sent}` }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The next code for `to` (or the one already there), consumed once read. */
    code(to: string): Promise<string> {
      const known = codes.get(to);
      if (known) {
        codes.delete(to);
        return Promise.resolve(known);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no code for ${to}`)), 10_000);
        waiting.set(to, (code) => {
          clearTimeout(timer);
          codes.delete(to);
          resolve(code);
        });
      });
    },
    sent: () => sent,
    close: () => server.close(),
  };
}
