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

/** Where a call is made from, for its settings and its call log entry. */
export interface ConnectorCallSettings {
  encryptionKey: string;
  allowPrivateNetworks: boolean;
  /** Extra CAs (PEM) trusted for connector endpoints: GUESTLIST_CONNECTORS_CA_FILE. */
  trustedCa?: string;
  userFlowId: string | null;
  journeyId: string | null;
}

export interface ConnectorCallContext extends ConnectorCallSettings {
  extensionAppId: string;
  /** The attributes a Continue answer may set, by name and type. */
  attributes: { name: string; dataType: "STRING" | "INTEGER" | "BOOLEAN" }[];
}

type FailureOutcome = { action: "Failure"; reason: string };
type CallOutcome =
  | { action: "Continue" }
  | { action: "ShowBlockPage" | "ValidationError"; userMessage: string }
  | FailureOutcome;

const OUTCOME_COLUMN = {
  Continue: "CONTINUE",
  ShowBlockPage: "SHOW_BLOCK_PAGE",
  ValidationError: "VALIDATION_ERROR",
  Failure: "FAILURE",
} as const;

/** Calls a sign-up step's connector (Entra's API connector contract) and reads its answer. */
export function invokeApiConnector(
  prisma: PrismaClient,
  connector: ApiConnector,
  step: ConnectorStep,
  body: Record<string, unknown>,
  context: ConnectorCallContext,
): Promise<ConnectorOutcome> {
  return callApiConnector(prisma, connector, step, body, context, (status, text) =>
    parseConnectorResponse(status, text, context.attributes, context.extensionAppId, step),
  );
}

/**
 * Calls the tenant's endpoint with a contract's body and reads its answer
 * with that contract's `parse`. A timeout, a network error or a 5xx is tried
 * again (`retries` times); every attempt is written to the connector's call
 * log with the body masked.
 */
export async function callApiConnector<O extends CallOutcome>(
  prisma: PrismaClient,
  connector: ApiConnector,
  step: ConnectorStep,
  body: Record<string, unknown>,
  context: ConnectorCallSettings,
  parse: (httpStatus: number, text: string) => O,
): Promise<O | FailureOutcome> {
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

  let outcome: O | FailureOutcome = { action: "Failure", reason: "not called" };
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
      outcome = parse(response.status, response.text);
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
