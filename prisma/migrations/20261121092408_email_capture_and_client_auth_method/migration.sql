-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'CAPTURED';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "tokenEndpointAuthMethod" TEXT NOT NULL DEFAULT 'client_secret_basic';

