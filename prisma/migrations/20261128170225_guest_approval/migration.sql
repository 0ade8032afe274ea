-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "GuestUserState" ADD VALUE 'PENDING_APPROVAL';
ALTER TYPE "GuestUserState" ADD VALUE 'DECLINED';

-- AlterEnum
ALTER TYPE "JourneyState" ADD VALUE 'AWAITING_APPROVAL';

-- AlterTable
ALTER TABLE "UserFlow" ADD COLUMN     "approvalExemptDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "requiresApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "GuestUser" ADD COLUMN     "approvalDecidedAt" TIMESTAMP(3),
ADD COLUMN     "approvalDecidedBy" TEXT,
ADD COLUMN     "approvalReason" TEXT,
ADD COLUMN     "approvalRequestedAt" TIMESTAMP(3);

