-- DropForeignKey
ALTER TABLE "Consent" DROP CONSTRAINT "Consent_tenantId_fkey";

-- DropTable
DROP TABLE "Consent";

-- CreateTable
CREATE TABLE "OidcGrant" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID,
    "clientId" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "payload" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OidcGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationConsent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID NOT NULL,
    "clientId" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationConsent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OidcGrant_tenantId_guestUserId_clientId_idx" ON "OidcGrant"("tenantId", "guestUserId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationConsent_tenantId_guestUserId_clientId_key" ON "ApplicationConsent"("tenantId", "guestUserId", "clientId");

-- AddForeignKey
ALTER TABLE "OidcGrant" ADD CONSTRAINT "OidcGrant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationConsent" ADD CONSTRAINT "ApplicationConsent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationConsent" ADD CONSTRAINT "ApplicationConsent_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

