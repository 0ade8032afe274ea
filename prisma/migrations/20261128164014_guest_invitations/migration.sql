-- CreateEnum
CREATE TYPE "GuestInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REVOKED');

-- AlterTable
ALTER TABLE "UserFlow" ADD COLUMN     "invitationOnly" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "initiateLoginUri" TEXT;

-- CreateTable
CREATE TABLE "GuestInvitation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "pendingKey" TEXT,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "message" TEXT,
    "status" "GuestInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "invitedByType" "AuditActorType" NOT NULL,
    "invitedById" TEXT,
    "invitedByName" TEXT NOT NULL,
    "sentCount" INTEGER NOT NULL DEFAULT 1,
    "lastSentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "acceptedGuestUserId" UUID,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuestInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GuestInvitation_tokenHash_key" ON "GuestInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "GuestInvitation_tenantId_createdAt_id_idx" ON "GuestInvitation"("tenantId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "GuestInvitation_tenantId_email_idx" ON "GuestInvitation"("tenantId", "email");

-- CreateIndex
CREATE INDEX "GuestInvitation_acceptedGuestUserId_idx" ON "GuestInvitation"("acceptedGuestUserId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestInvitation_tenantId_pendingKey_key" ON "GuestInvitation"("tenantId", "pendingKey");

-- AddForeignKey
ALTER TABLE "GuestInvitation" ADD CONSTRAINT "GuestInvitation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestInvitation" ADD CONSTRAINT "GuestInvitation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestInvitation" ADD CONSTRAINT "GuestInvitation_acceptedGuestUserId_fkey" FOREIGN KEY ("acceptedGuestUserId") REFERENCES "GuestUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

