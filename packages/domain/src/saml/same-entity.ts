import { AppError } from "../errors/app-error";

/** Newer metadata must describe the provider already configured, never another one. */
export function assertSameEntity(stored: string | null, offered: string): void {
  if (stored === offered) return;
  const message = `This metadata is for ${offered}, not ${stored ?? "this provider"}. Another partner is a new identity provider.`;
  throw new AppError("invalid_input", message, {
    fieldIssues: [{ path: "metadataXml", message }],
  });
}
