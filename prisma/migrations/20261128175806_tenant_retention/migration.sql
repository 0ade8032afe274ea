-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "connectorCallRetentionDays" INTEGER,
ADD COLUMN     "signInHistoryRetentionDays" INTEGER;

