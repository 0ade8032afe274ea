-- AlterEnum
ALTER TYPE "JourneyState" ADD VALUE 'COMPLETING_PROFILE';

-- AlterTable
ALTER TABLE "UserFlow" ADD COLUMN     "askMissingAttributes" BOOLEAN NOT NULL DEFAULT false;

