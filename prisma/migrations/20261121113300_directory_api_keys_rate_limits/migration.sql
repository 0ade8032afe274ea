-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterEnum
ALTER TYPE "TenantRole" ADD VALUE 'USER_ADMIN';

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "TenantRole" NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdById" UUID,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_tenantId_createdAt_idx" ON "ApiKey"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");

-- CreateIndex
CREATE INDEX "GuestUser_tenantId_applicationId_idx" ON "GuestUser"("tenantId", "applicationId");

-- CreateIndex
CREATE INDEX "GuestUser_email_trgm_idx" ON "GuestUser" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GuestUser_displayName_trgm_idx" ON "GuestUser" USING GIN ("displayName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GuestUser_givenName_trgm_idx" ON "GuestUser" USING GIN ("givenName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GuestUser_surname_trgm_idx" ON "GuestUser" USING GIN ("surname" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GuestUser_attributes_idx" ON "GuestUser" USING GIN ("attributes" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "GuestIdentity_tenantId_identityProviderId_guestUserId_idx" ON "GuestIdentity"("tenantId", "identityProviderId", "guestUserId");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

