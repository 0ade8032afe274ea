import { createPrismaClient } from "@guestlist/domain/database";
import { AppError } from "@guestlist/domain/errors";
import { PREVIOUS_KEY_GRACE_SECONDS, rotateTenantSigningKey } from "@guestlist/domain/oidc";
import { reencryptSecrets } from "@guestlist/domain/secrets";
import { openDatabase } from "../runtime/database";
import { loadLocalSecrets } from "../runtime/local-secrets";
import { say } from "../runtime/output";
import { dataDir } from "../runtime/paths";

/** `guestlist keys rotate <tenant>`: a new signing key; the old one stays published until its tokens expire. */
export async function rotateKeysCommand(tenantSlug: string | undefined): Promise<void> {
  if (!tenantSlug)
    throw new AppError("invalid_input", "Usage: guestlist keys rotate <tenant>, e.g. woodgrove.");
  const db = await openDatabase(say);
  const prisma = createPrismaClient(db.url);
  try {
    const { kid, previousKids } = await rotateTenantSigningKey(
      prisma,
      tenantSlug,
      loadLocalSecrets(dataDir()).GUESTLIST_ENCRYPTION_KEY,
    );
    say(`Tenant "${tenantSlug}" now signs with key ${kid}.`);
    if (previousKids.length) {
      say(
        `Previous key(s) ${previousKids.join(", ")} stay in the JWKS for ${PREVIOUS_KEY_GRACE_SECONDS / 60} minutes, until the tokens they signed expire.`,
      );
    }
    say("Running hosted servers pick the new key up within 30 seconds.");
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
