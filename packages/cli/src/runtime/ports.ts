import net from "node:net";
import { AppError } from "@guestlist/domain/errors";

/** Fails with the variable to change when something already listens on the port. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new AppError(
      "config_invalid",
      `Port ${port} (${what}) is already in use by another program. Stop that program or set ${variable} to a free port.`,
    );
  }
}
