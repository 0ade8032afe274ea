import type { EmailSettings } from "../email/send-email";

/** What the journey needs from the hosted app's configuration. */
export interface JourneySettings {
  encryptionKey: string;
  email: EmailSettings;
  connectors: {
    /** Development and tests only: let API connectors reach loopback and private addresses. */
    allowPrivateNetworks: boolean;
    /** Extra CAs (PEM) trusted for connector endpoints. */
    trustedCa?: string;
  };
}
