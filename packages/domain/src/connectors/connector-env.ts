import fs from "node:fs";
import { z } from "zod";

/** How far connector calls may reach: read by every app that calls connectors (hosted, admin's test call). */
export const ZConnectorEnv = z.object({
  GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  GUESTLIST_CONNECTORS_CA_FILE: z
    .string()
    .optional()
    .refine((file) => !file || fs.existsSync(file), "names a file that does not exist"),
});

/** The outbound rules a connector call takes, from the checked environment. */
export function connectorReach(env: z.output<typeof ZConnectorEnv>) {
  return {
    allowPrivateNetworks: env.GUESTLIST_CONNECTORS_ALLOW_PRIVATE_NETWORKS,
    trustedCa: env.GUESTLIST_CONNECTORS_CA_FILE
      ? fs.readFileSync(env.GUESTLIST_CONNECTORS_CA_FILE, "utf8")
      : undefined,
  };
}
