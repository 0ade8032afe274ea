-- AlterEnum
ALTER TYPE "SigningKeyState" ADD VALUE 'NEXT';

-- AlterTable
ALTER TABLE "SigningKey" ADD COLUMN     "activateAfter" TIMESTAMP(3);

