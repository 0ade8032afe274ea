-- AlterEnum
ALTER TYPE "IdentityProviderType" ADD VALUE 'SAML';

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "samlSpCertificate" TEXT,
ADD COLUMN     "samlSpPrivateKeyEncrypted" TEXT;

-- AlterTable
ALTER TABLE "IdentityProvider" ADD COLUMN     "samlCertificates" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "samlClockSkewSeconds" INTEGER NOT NULL DEFAULT 180,
ADD COLUMN     "samlNameIdFormat" TEXT,
ADD COLUMN     "samlSsoBinding" TEXT,
ADD COLUMN     "samlSsoUrl" TEXT;

-- CreateTable
CREATE TABLE "SamlAssertionUse" (
    "tenantId" UUID NOT NULL,
    "assertionId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SamlAssertionUse_pkey" PRIMARY KEY ("tenantId","assertionId")
);

-- CreateIndex
CREATE INDEX "SamlAssertionUse_expiresAt_idx" ON "SamlAssertionUse"("expiresAt");

-- AddForeignKey
ALTER TABLE "SamlAssertionUse" ADD CONSTRAINT "SamlAssertionUse_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

