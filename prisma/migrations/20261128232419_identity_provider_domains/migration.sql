-- CreateTable
CREATE TABLE "IdentityProviderDomain" (
    "tenantId" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "identityProviderId" UUID NOT NULL,

    CONSTRAINT "IdentityProviderDomain_pkey" PRIMARY KEY ("tenantId","domain")
);

-- CreateIndex
CREATE INDEX "IdentityProviderDomain_identityProviderId_idx" ON "IdentityProviderDomain"("identityProviderId");

-- AddForeignKey
ALTER TABLE "IdentityProviderDomain" ADD CONSTRAINT "IdentityProviderDomain_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityProviderDomain" ADD CONSTRAINT "IdentityProviderDomain_identityProviderId_fkey" FOREIGN KEY ("identityProviderId") REFERENCES "IdentityProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

