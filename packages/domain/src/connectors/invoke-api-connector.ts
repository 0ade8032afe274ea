import { guestlistMetrics, secondsSince } from "../metrics/guestlist-metrics";
import { decryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import type { ApiConnector, Prisma } from "../generated/prisma/client";
import type { ConnectorStep } from "../generated/prisma/enums";
import { createLogger } from "../logging/logger";
import {
  maskedRequestBody,
  parseConnectorResponse,
  type ConnectorOutcome,
} from "./connector-contract";
import { connectorSecretContext } from "./connector-columns";
import { OutboundRequestError, postJson } from "./outbound-request";

const log = createLogger("api-connector");

export interface ConnectorCallContext {
  encryptionKey: string;
  allowPrivateNetworks: boolean;
  /** Extra CAs (PEM) trusted for connector endpoints: GUESTLIST_CONNECTORS_CA_FILE. */
  trustedCa?: string;
  extensionAppId: string;
  /** The attributes a Continue answer may set, by name and type. */
  attributes: { name: string; dataType: "STRING" | "INTEGER" | "BOOLEAN" }[];
  userFlowId: string | null;
  journeyId: string | null;
}

const OUTCOME_COLUMN = {
  Continue: "CONTINUE",
  ShowBlockPage: "SHOW_BLOCK_PAGE",
  ValidationError: "VALIDATION_ERROR",
  Failure: "FAILURE",
} as const;

/**
 * Calls the tenant's endpoint with the contract's body and reads its answer.
 * A timeout, a network error or a 5xx is tried again (`retries` times); every
 * attempt is written to the connector's call log with the body masked.
 */
export async function invokeApiConnector(
  prisma: PrismaClient,
  connector: ApiConnector,
  step: ConnectorStep,
  body: Record<string, unknown>,
  context: ConnectorCallContext,
): Promise<ConnectorOutcome> {
  const secret = (field: string, sealed: string | null) =>
    sealed
      ? decryptSecret(
          sealed,
          context.encryptionKey,
          connectorSecretContext(connector.tenantId, connector.id, field),
        )
      : "";
  const auth =
    connector.authType === "BASIC"
      ? {
          basic: {
            username: connector.basicUsername ?? "",
            password: secret("basicPassword", connector.basicPasswordEncrypted),
          },
        }
      : {
          clientCertificate: {
            pfx: Buffer.from(secret("certificate", connector.certificateEncrypted), "base64"),
            passphrase: secret("certificatePassword", connector.certificatePasswordEncrypted),
          },
        };

  let outcome: ConnectorOutcome = { action: "Failure", reason: "not called" };
  for (let attempt = 1; attempt <= 1 + connector.retries; attempt++) {
    const started = performance.now();
    let httpStatus: number | null = null;
    let transient = false;
    try {
      const response = await postJson({
        url: connector.endpointUrl,
        body,
        timeoutMs: connector.timeoutMs,
        allowPrivateNetworks: context.allowPrivateNetworks,
        trustedCa: context.trustedCa,
        ...auth,
      });
      httpStatus = response.status;
      outcome = parseConnectorResponse(
        response.status,
        response.text,
        context.attributes,
        context.extensionAppId,
        step,
      );
      transient = response.status >= 500;
    } catch (error) {
      outcome = {
        action: "Failure",
        reason: error instanceof Error ? error.message : String(error),
      };
      transient = error instanceof OutboundRequestError ? error.transient : true;
    }
    guestlistMetrics().connectorCalls.observe(
      { step, outcome: outcome.action.toLowerCase() },
      secondsSince(started),
    );
    await prisma.apiConnectorCall.create({
      data: {
        tenantId: connector.tenantId,
        apiConnectorId: connector.id,
        userFlowId: context.userFlowId,
        journeyId: context.journeyId,
        step,
        attempt,
        httpStatus,
        latencyMs: Math.round(performance.now() - started),
        outcome: OUTCOME_COLUMN[outcome.action],
        userMessage: "userMessage" in outcome ? outcome.userMessage : null,
        failureReason: outcome.action === "Failure" ? outcome.reason : null,
        requestBodyMasked: maskedRequestBody(body) as Prisma.InputJsonValue,
      },
    });
    if (outcome.action !== "Failure" || !transient || attempt > connector.retries) break;
    log.warn("API connector attempt failed; trying again", {
      connector: connector.id,
      attempt,
      reason: outcome.reason,
    });
  }
  if (outcome.action === "Failure")
    log.error("API connector failed", { connector: connector.id, step, reason: outcome.reason });
  return outcome;
}
