import type { EmailSettings } from "../email/send-email";

/** What the journey needs from the hosted app's configuration. */
export interface JourneySettings {
  encryptionKey: string;
  email: EmailSettings;
  /** The admin portal's URL: emails to approvers link to the sign-ups waiting there. */
  adminUrl?: string;
  /**
   * One-time codes one IP address may be sent per 15 minutes (OTP_LIMITS.perIp unless set):
   * raise it where many people share an address (a company's NAT).
   */
  emailCodesPerIp?: number;
  connectors: {
    /** Development and tests only: let API connectors reach loopback and private addresses. */
    allowPrivateNetworks: boolean;
    /** Extra CAs (PEM) trusted for connector endpoints. */
    trustedCa?: string;
  };
}
