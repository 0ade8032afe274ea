import type { EmailSettings } from "../email/send-email";

/** What the journey needs from the hosted app's configuration. */
export interface JourneySettings {
  encryptionKey: string;
  email: EmailSettings;
}
