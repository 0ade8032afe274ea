-- CreateTable
CREATE TABLE "ApplicationBranding" (
    "applicationId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "displayName" TEXT,
    "primaryColor" TEXT,
    "backgroundColor" TEXT,
    "logoContentType" TEXT,
    "logoSha" TEXT,
    "logoBytes" BYTEA,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationBranding_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE INDEX "ApplicationBranding_tenantId_idx" ON "ApplicationBranding"("tenantId");

-- AddForeignKey
ALTER TABLE "ApplicationBranding" ADD CONSTRAINT "ApplicationBranding_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

