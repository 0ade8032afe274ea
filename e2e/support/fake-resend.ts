import http from "node:http";

/**
 * A local stand-in for Resend's HTTP API: POST /emails as the resend SDK sends
 * it (bearer key, JSON body), answered like Resend does; GET /test/emails lets
 * the tests read what was sent. Nothing leaves the machine.
 */
interface SentEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text?: string;
  html?: string;
  receivedAt: string;
}

const sent: SentEmail[] = [];
const port = Number(process.env.FAKE_RESEND_PORT ?? 3199);

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    if (req.method === "GET" && url.pathname === "/test/emails") {
      const to = url.searchParams.get("to");
      return json(res, 200, to ? sent.filter((email) => email.to.includes(to)) : sent);
    }
    if (req.method === "GET" && url.pathname === "/health") return json(res, 200, { ok: true });
    if (req.method !== "POST" || url.pathname !== "/emails")
      return json(res, 404, { name: "not_found", message: "Not found" });
    if (!/^Bearer re_\w+/.test(req.headers.authorization ?? "")) {
      return json(res, 401, {
        statusCode: 401,
        name: "missing_api_key",
        message: "Missing API key in the authorization header.",
      });
    }
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const email = JSON.parse(body) as Omit<SentEmail, "id" | "receivedAt" | "to"> & {
        to: string | string[];
      };
      if (!email.from || !email.to || !email.subject) {
        return json(res, 422, {
          statusCode: 422,
          name: "validation_error",
          message: "Missing `from`, `to` or `subject`.",
        });
      }
      const id = crypto.randomUUID();
      sent.push({ ...email, to: [email.to].flat(), id, receivedAt: new Date().toISOString() });
      json(res, 200, { id });
    });
  })
  .listen(port, "127.0.0.1");
