import http from "node:http";

/**
 * The load balancer of the scale-out run, in a process of its own so that its
 * CPU is neither the load generator's nor the instances': each request goes to
 * the next target in turn, headers untouched (X-Forwarded-For included).
 * Usage: node --import tsx balancer.ts <port> <target port>...
 */
const [port, ...targets] = process.argv.slice(2).map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let next = 0;
const server = http.createServer((req, res) => {
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: targets[next++ % targets.length],
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});
server.listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
