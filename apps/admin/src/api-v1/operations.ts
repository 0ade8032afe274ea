import type { Operation } from "./operation";
import { apiConnectorOperations } from "./resources/api-connectors";
import { applicationOperations } from "./resources/applications";
import { guestUserOperations } from "./resources/guest-users";
import { identityProviderOperations } from "./resources/identity-providers";
import { invitationOperations } from "./resources/invitations";
import { termsOperations } from "./resources/terms";
import { tenantOperations } from "./resources/tenant";
import { userAttributeOperations } from "./resources/user-attributes";
import { userFlowOperations } from "./resources/user-flows";
import { webhookOperations } from "./resources/webhooks";

/** Every endpoint of /api/v1, in the order the documentation lists them. */
export const API_OPERATIONS: Operation[] = [
  ...tenantOperations,
  ...identityProviderOperations,
  ...userAttributeOperations,
  ...userFlowOperations,
  ...termsOperations,
  ...applicationOperations,
  ...apiConnectorOperations,
  ...guestUserOperations,
  ...invitationOperations,
  ...webhookOperations,
];
