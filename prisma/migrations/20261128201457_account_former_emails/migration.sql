-- AlterTable
ALTER TABLE "GuestUser" ADD COLUMN     "formerEmails" TEXT[] DEFAULT ARRAY[]::TEXT[];

