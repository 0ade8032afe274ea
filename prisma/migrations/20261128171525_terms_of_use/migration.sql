-- AlterEnum
ALTER TYPE "JourneyState" ADD VALUE 'ACCEPTING_TERMS';

-- CreateTable
CREATE TABLE "TermsDocument" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TermsDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsVersion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "markdown" TEXT,
    "publishedByName" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserFlowTerms" (
    "tenantId" UUID NOT NULL,
    "userFlowId" UUID NOT NULL,
    "termsDocumentId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UserFlowTerms_pkey" PRIMARY KEY ("userFlowId","termsDocumentId")
);

-- CreateTable
CREATE TABLE "TermsAcceptance" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "termsVersionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "clientIp" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermsAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TermsDocument_tenantId_name_key" ON "TermsDocument"("tenantId", "name");

-- CreateIndex
CREATE INDEX "TermsVersion_tenantId_idx" ON "TermsVersion"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "TermsVersion_documentId_version_key" ON "TermsVersion"("documentId", "version");

-- CreateIndex
CREATE INDEX "UserFlowTerms_termsDocumentId_idx" ON "UserFlowTerms"("termsDocumentId");

-- CreateIndex
CREATE INDEX "UserFlowTerms_tenantId_idx" ON "UserFlowTerms"("tenantId");

-- CreateIndex
CREATE INDEX "TermsAcceptance_tenantId_documentId_idx" ON "TermsAcceptance"("tenantId", "documentId");

-- CreateIndex
CREATE UNIQUE INDEX "TermsAcceptance_guestUserId_termsVersionId_key" ON "TermsAcceptance"("guestUserId", "termsVersionId");

-- AddForeignKey
ALTER TABLE "TermsDocument" ADD CONSTRAINT "TermsDocument_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsVersion" ADD CONSTRAINT "TermsVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "TermsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowTerms" ADD CONSTRAINT "UserFlowTerms_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowTerms" ADD CONSTRAINT "UserFlowTerms_termsDocumentId_fkey" FOREIGN KEY ("termsDocumentId") REFERENCES "TermsDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "TermsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_termsVersionId_fkey" FOREIGN KEY ("termsVersionId") REFERENCES "TermsVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

