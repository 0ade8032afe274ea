-- CreateEnum
CREATE TYPE "BrandingAssetKind" AS ENUM ('LOGO', 'FAVICON');

-- AlterTable
ALTER TABLE "Tenant" DROP COLUMN "brandingLogoUrl",
ADD COLUMN     "brandingBackgroundColor" TEXT,
ADD COLUMN     "brandingCustomCss" TEXT,
ADD COLUMN     "brandingCustomCssSha" TEXT,
ADD COLUMN     "brandingFaviconSha" TEXT,
ADD COLUMN     "brandingLogoSha" TEXT;

-- CreateTable
CREATE TABLE "BrandingAsset" (
    "tenantId" UUID NOT NULL,
    "kind" "BrandingAssetKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandingAsset_pkey" PRIMARY KEY ("tenantId","kind")
);

-- AddForeignKey
ALTER TABLE "BrandingAsset" ADD CONSTRAINT "BrandingAsset_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

