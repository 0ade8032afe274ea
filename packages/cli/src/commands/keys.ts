import { createPrismaClient } from "@guestlist/domain/database";
import { AppError } from "@guestlist/domain/errors";
import { rotateTenantSigningKey, signingKeyPolicy } from "@guestlist/domain/oidc";
import { reencryptSecrets } from "@guestlist/domain/secrets";
import { openDatabase } from "../runtime/database";
import { loadLocalSecrets } from "../runtime/local-secrets";
import { say } from "../runtime/output";
import { dataDir } from "../runtime/paths";

/**
 * `guestlist keys rotate <tenant>`: publishes a new signing key at once; it
 * starts signing after GUESTLIST_SIGNING_KEY_ACTIVATION_SECONDS, when every
 * hosted instance publishes it, and the current key stays published until the
 * tokens it signed have expired.
 */
export async function rotateKeysCommand(tenantSlug: string | undefined): Promise<void> {
  if (!tenantSlug)
    throw new AppError("invalid_input", "Usage: guestlist keys rotate <tenant>, e.g. woodgrove.");
  const db = await openDatabase(say);
  const prisma = createPrismaClient(db.url);
  try {
    const { kid, activatesAt, signingKid } = await rotateTenantSigningKey(
      prisma,
      tenantSlug,
      loadLocalSecrets(dataDir()).GUESTLIST_ENCRYPTION_KEY,
      signingKeyPolicy(),
    );
    say(`Tenant "${tenantSlug}" publishes key ${kid}; it signs from ${activatesAt.toISOString()}.`);
    if (signingKid)
      say(
        `Key ${signingKid} signs until then, and stays published until the tokens it signed have expired.`,
      );
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

/**
 * `guestlist keys reencrypt`: after putting a new key first in
 * GUESTLIST_ENCRYPTION_KEY (the old one after it, comma-separated) and
 * restarting the apps, moves every secret at rest to the new key; then the old
 * key can be removed from the list.
 */
export async function reencryptCommand(): Promise<void> {
  const keyring = loadLocalSecrets(dataDir()).GUESTLIST_ENCRYPTION_KEY;
  const db = await openDatabase(say);
  const prisma = createPrismaClient(db.url);
  try {
    const report = await reencryptSecrets(prisma, keyring);
    for (const column of report) say(`${column.name}: ${column.rewritten} rewritten`);
    say(
      keyring.includes(",")
        ? "Every secret now opens with the first key: remove the others from GUESTLIST_ENCRYPTION_KEY and restart the apps."
        : "Every secret opens with GUESTLIST_ENCRYPTION_KEY.",
    );
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}
