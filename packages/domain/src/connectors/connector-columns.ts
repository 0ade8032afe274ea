import { encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { readClientCertificate } from "./client-certificate";
import type { ZApiConnectorInput } from "./connector-schemas";

/** Binds each encrypted connector secret to its tenant, connector and field. */
export const connectorSecretContext = (tenantId: string, id: string, field: string) =>
  `api-connector:${tenantId}:${id}:${field}`;

export async function assertConnectorNameFree(
  prisma: PrismaClient,
  tenantId: string,
  displayName: string,
  exceptId?: string,
) {
  const clash = await prisma.apiConnector.findFirst({
    where: { tenantId, displayName, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (clash)
    throw new AppError("conflict", `An API connector named "${displayName}" already exists.`, {
      fieldIssues: [{ path: "displayName", message: "This name is taken." }],
    });
}

/** What the audit log shows of a connector: never a secret. */
export const connectorSummary = (connector: {
  displayName: string;
  endpointUrl: string;
  authType: string;
  timeoutMs: number;
  retries: number;
}) => ({
  displayName: connector.displayName,
  endpointUrl: connector.endpointUrl,
  authType: connector.authType,
  timeoutMs: connector.timeoutMs,
  retries: connector.retries,
});

/** Builds the columns to write; secrets are encrypted, and empty ones left as they are. */
export function connectorColumns(
  data: ReturnType<typeof ZApiConnectorInput.parse>,
  tenantId: string,
  id: string,
  encryptionKey: string,
  isNew: boolean,
) {
  const seal = (value: string, field: string) =>
    encryptSecret(value, encryptionKey, connectorSecretContext(tenantId, id, field));
  const columns: Record<string, unknown> = connectorSummary(data);
  if (data.authType === "BASIC") {
    if (!data.basicUsername)
      throw new AppError("invalid_input", "Enter the username.", {
        fieldIssues: [{ path: "basicUsername", message: "Enter the username." }],
      });
    if (isNew && !data.basicPassword)
      throw new AppError("invalid_input", "Enter the password.", {
        fieldIssues: [{ path: "basicPassword", message: "Enter the password." }],
      });
    columns.basicUsername = data.basicUsername;
    if (data.basicPassword)
      columns.basicPasswordEncrypted = seal(data.basicPassword, "basicPassword");
  } else {
    if (isNew && !data.certificateBase64) {
      throw new AppError("invalid_input", "Upload the client certificate (.pfx).", {
        fieldIssues: [{ path: "certificateBase64", message: "Upload the .pfx file." }],
      });
    }
    if (data.certificateBase64) {
      const info = readClientCertificate(data.certificateBase64, data.certificatePassword);
      Object.assign(columns, {
        certificateEncrypted: seal(data.certificateBase64, "certificate"),
        certificatePasswordEncrypted: seal(data.certificatePassword, "certificatePassword"),
        certificateThumbprint: info.thumbprint,
        certificateExpiresAt: info.expiresAt,
      });
    }
  }
  return columns;
}
