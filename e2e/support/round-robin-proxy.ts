import http from "node:http";

export interface RoundRobinProxy {
  /** Requests each target has served, in target order. */
  served: number[];
  close(): Promise<void>;
}

/**
 * A load balancer as small as it gets: each request goes to the next target in
 * turn, with its Host header as the browser sent it (the apps see their public
 * URL). It stands for the proxy in front of a real deployment, so that one
 * journey's requests land on different instances.
 */
export async function startRoundRobinProxy(
  port: number,
  targetPorts: number[],
): Promise<RoundRobinProxy> {
  const served = targetPorts.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next++ % targetPorts.length;
    served[index]! += 1;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: targetPorts[index],
        method: req.method,
        path: req.url,
        headers: req.headers,
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
  // Every request opens its own upstream connection, so keep-alive from the browser
  // cannot pin a whole page load to one instance.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
