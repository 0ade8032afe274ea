-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OtpPurpose" ADD VALUE 'EMAIL_CHANGE';
ALTER TYPE "OtpPurpose" ADD VALUE 'ACCOUNT_DELETION';

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "accountUserFlowId" UUID;

-- AlterTable
ALTER TABLE "UserFlowAttribute" ADD COLUMN     "editable" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "OtpChallenge" ADD COLUMN     "guestUserId" UUID;

-- CreateIndex
CREATE INDEX "OtpChallenge_guestUserId_idx" ON "OtpChallenge"("guestUserId");

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_accountUserFlowId_fkey" FOREIGN KEY ("accountUserFlowId") REFERENCES "UserFlow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtpChallenge" ADD CONSTRAINT "OtpChallenge_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

