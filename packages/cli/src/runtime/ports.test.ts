import net from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree } from "./ports";

describe("assertPortFree", () => {
  it("passes for a free port and names the variable to change for a taken one", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      await expect(assertPortFree(port, "admin portal", "ADMIN_PORT")).rejects.toThrow(
        `Port ${port} (admin portal) is already in use by another program. Stop that program or set ADMIN_PORT to a free port.`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    await expect(assertPortFree(port, "admin portal", "ADMIN_PORT")).resolves.toBeUndefined();
  });
});
