-- CreateEnum
CREATE TYPE "SecondFactorPolicy" AS ENUM ('OFF', 'OPTIONAL', 'REQUIRED');

-- CreateEnum
CREATE TYPE "AuthenticatorType" AS ENUM ('PASSKEY', 'TOTP');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "JourneyState" ADD VALUE 'VERIFYING_SECOND_FACTOR';
ALTER TYPE "JourneyState" ADD VALUE 'ENROLLING_SECOND_FACTOR';
ALTER TYPE "JourneyState" ADD VALUE 'SAVING_RECOVERY_CODES';

-- AlterTable
ALTER TABLE "UserFlow" ADD COLUMN     "passkeySignIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "secondFactorPolicy" "SecondFactorPolicy" NOT NULL DEFAULT 'OFF',
ADD COLUMN     "trustUpstreamMfa" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "GuestAuthenticator" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID NOT NULL,
    "type" "AuthenticatorType" NOT NULL,
    "name" TEXT NOT NULL,
    "credentialId" TEXT,
    "publicKey" BYTEA,
    "counter" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "deviceType" TEXT,
    "backedUp" BOOLEAN NOT NULL DEFAULT false,
    "secretEncrypted" TEXT,
    "lastUsedStep" BIGINT,
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestAuthenticator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuestRecoveryCode" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestRecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GuestAuthenticator_guestUserId_idx" ON "GuestAuthenticator"("guestUserId");

-- CreateIndex
CREATE INDEX "GuestAuthenticator_tenantId_idx" ON "GuestAuthenticator"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestAuthenticator_tenantId_credentialId_key" ON "GuestAuthenticator"("tenantId", "credentialId");

-- CreateIndex
CREATE INDEX "GuestRecoveryCode_tenantId_idx" ON "GuestRecoveryCode"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestRecoveryCode_guestUserId_codeHash_key" ON "GuestRecoveryCode"("guestUserId", "codeHash");

-- AddForeignKey
ALTER TABLE "GuestAuthenticator" ADD CONSTRAINT "GuestAuthenticator_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestAuthenticator" ADD CONSTRAINT "GuestAuthenticator_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestRecoveryCode" ADD CONSTRAINT "GuestRecoveryCode_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestRecoveryCode" ADD CONSTRAINT "GuestRecoveryCode_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

