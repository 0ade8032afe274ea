-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TenantRole" AS ENUM ('OWNER', 'USER_FLOW_ADMIN', 'ATTRIBUTE_ADMIN', 'IDENTITY_PROVIDER_ADMIN', 'READER');

-- CreateEnum
CREATE TYPE "SignUpDomainPolicy" AS ENUM ('ANY', 'ALLOW_LIST', 'BLOCK_LIST');

-- CreateEnum
CREATE TYPE "IdentityProviderType" AS ENUM ('EMAIL_OTP', 'EMAIL_PASSWORD', 'MICROSOFT', 'GOOGLE', 'FACEBOOK', 'OIDC');

-- CreateEnum
CREATE TYPE "AttributeDataType" AS ENUM ('STRING', 'INTEGER', 'BOOLEAN');

-- CreateEnum
CREATE TYPE "AttributeInputType" AS ENUM ('TEXTBOX', 'DROPDOWN', 'RADIO', 'CHECKBOX', 'MULTISELECT', 'DATE');

-- CreateEnum
CREATE TYPE "ConnectorStep" AS ENUM ('POST_FEDERATION_SIGNUP', 'POST_ATTRIBUTE_COLLECTION');

-- CreateEnum
CREATE TYPE "ApplicationType" AS ENUM ('CONFIDENTIAL', 'PUBLIC');

-- CreateEnum
CREATE TYPE "ApiConnectorAuthType" AS ENUM ('BASIC', 'CLIENT_CERTIFICATE');

-- CreateEnum
CREATE TYPE "ApiConnectorOutcome" AS ENUM ('CONTINUE', 'SHOW_BLOCK_PAGE', 'VALIDATION_ERROR', 'FAILURE');

-- CreateEnum
CREATE TYPE "GuestUserState" AS ENUM ('ACTIVE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "JourneyKind" AS ENUM ('SIGN_IN', 'SIGN_UP', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "JourneyState" AS ENUM ('STARTED', 'AWAITING_OTP', 'AWAITING_FEDERATION', 'COLLECTING_ATTRIBUTES', 'AWAITING_CONSENT', 'COMPLETED', 'BLOCKED', 'FAILED');

-- CreateEnum
CREATE TYPE "OtpPurpose" AS ENUM ('SIGN_UP', 'SIGN_IN', 'PASSWORD_RESET', 'ACCOUNT_LINK');

-- CreateEnum
CREATE TYPE "SigningKeyState" AS ENUM ('ACTIVE', 'PREVIOUS', 'RETIRED');

-- CreateEnum
CREATE TYPE "AuditActorType" AS ENUM ('OPERATOR', 'GUEST_USER', 'API_KEY', 'SYSTEM');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Operator" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Operator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantMembership" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "operatorId" UUID NOT NULL,
    "role" "TenantRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperatorInvitation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "TenantRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OperatorInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "extensionAppId" TEXT NOT NULL,
    "selfServiceSignUpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "signUpDomainPolicy" "SignUpDomainPolicy" NOT NULL DEFAULT 'ANY',
    "signUpDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "brandingDisplayName" TEXT,
    "brandingLogoUrl" TEXT,
    "brandingPrimaryColor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityProvider" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "type" "IdentityProviderType" NOT NULL,
    "displayName" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "issuer" TEXT,
    "discoveryUrl" TEXT,
    "clientId" TEXT,
    "clientSecretEncrypted" TEXT,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "claimMapping" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdentityProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAttribute" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "dataType" "AttributeDataType" NOT NULL DEFAULT 'STRING',
    "description" TEXT NOT NULL DEFAULT '',
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserAttribute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserFlow" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "returnClaims" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "strings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserFlow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserFlowIdentityProvider" (
    "tenantId" UUID NOT NULL,
    "userFlowId" UUID NOT NULL,
    "identityProviderId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UserFlowIdentityProvider_pkey" PRIMARY KEY ("userFlowId","identityProviderId")
);

-- CreateTable
CREATE TABLE "UserFlowAttribute" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userFlowId" UUID NOT NULL,
    "userAttributeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "helpText" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "inputType" "AttributeInputType" NOT NULL DEFAULT 'TEXTBOX',
    "options" JSONB NOT NULL DEFAULT '[]',
    "validation" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "UserFlowAttribute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserFlowApiConnector" (
    "tenantId" UUID NOT NULL,
    "userFlowId" UUID NOT NULL,
    "step" "ConnectorStep" NOT NULL,
    "apiConnectorId" UUID NOT NULL,

    CONSTRAINT "UserFlowApiConnector_pkey" PRIMARY KEY ("userFlowId","step")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretHash" TEXT,
    "type" "ApplicationType" NOT NULL DEFAULT 'CONFIDENTIAL',
    "redirectUris" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "postLogoutRedirectUris" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "userFlowId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiConnector" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "endpointUrl" TEXT NOT NULL,
    "authType" "ApiConnectorAuthType" NOT NULL DEFAULT 'BASIC',
    "basicUsername" TEXT,
    "basicPasswordEncrypted" TEXT,
    "certificateEncrypted" TEXT,
    "certificatePasswordEncrypted" TEXT,
    "certificateThumbprint" TEXT,
    "certificateExpiresAt" TIMESTAMP(3),
    "timeoutMs" INTEGER NOT NULL DEFAULT 20000,
    "retries" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiConnector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiConnectorCall" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "apiConnectorId" UUID NOT NULL,
    "userFlowId" UUID,
    "journeyId" UUID,
    "step" "ConnectorStep" NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "httpStatus" INTEGER,
    "latencyMs" INTEGER NOT NULL,
    "outcome" "ApiConnectorOutcome" NOT NULL,
    "userMessage" TEXT,
    "failureReason" TEXT,
    "requestBodyMasked" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiConnectorCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuestUser" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "displayName" TEXT,
    "givenName" TEXT,
    "surname" TEXT,
    "jobTitle" TEXT,
    "streetAddress" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "status" "GuestUserState" NOT NULL DEFAULT 'ACTIVE',
    "passwordHash" TEXT,
    "userFlowId" UUID,
    "applicationId" UUID,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuestUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuestIdentity" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID NOT NULL,
    "identityProviderId" UUID,
    "signInType" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuerAssignedId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Journey" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "interactionId" TEXT NOT NULL,
    "applicationId" UUID,
    "userFlowId" UUID,
    "identityProviderId" UUID,
    "guestUserId" UUID,
    "kind" "JourneyKind" NOT NULL,
    "state" "JourneyState" NOT NULL DEFAULT 'STARTED',
    "email" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "uiLocales" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Journey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OtpChallenge" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "journeyId" UUID,
    "email" TEXT NOT NULL,
    "purpose" "OtpPurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "requestIp" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OtpChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcArtifact" (
    "tenantId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "grantId" TEXT,
    "uid" TEXT,
    "expiresAt" TIMESTAMP(3),
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcArtifact_pkey" PRIMARY KEY ("tenantId","kind","id")
);

-- CreateTable
CREATE TABLE "AuthorizationCode" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "grantId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "guestUserId" UUID,
    "payload" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorizationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "grantId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "guestUserId" UUID,
    "payload" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "guestUserId" UUID,
    "clientId" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "payload" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "kid" TEXT NOT NULL,
    "algorithm" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateJwkEncrypted" TEXT NOT NULL,
    "state" "SigningKeyState" NOT NULL DEFAULT 'ACTIVE',
    "retireAfter" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID,
    "actorType" "AuditActorType" NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" UUID NOT NULL,
    "tenantId" UUID,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "bodyEncrypted" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "providerMessageId" TEXT,
    "sendAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Operator_email_key" ON "Operator"("email");

-- CreateIndex
CREATE INDEX "TenantMembership_operatorId_idx" ON "TenantMembership"("operatorId");

-- CreateIndex
CREATE UNIQUE INDEX "TenantMembership_tenantId_operatorId_key" ON "TenantMembership"("tenantId", "operatorId");

-- CreateIndex
CREATE UNIQUE INDEX "OperatorInvitation_tokenHash_key" ON "OperatorInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "OperatorInvitation_tenantId_email_idx" ON "OperatorInvitation"("tenantId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_extensionAppId_key" ON "Tenant"("extensionAppId");

-- CreateIndex
CREATE INDEX "IdentityProvider_tenantId_type_idx" ON "IdentityProvider"("tenantId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "IdentityProvider_tenantId_displayName_key" ON "IdentityProvider"("tenantId", "displayName");

-- CreateIndex
CREATE UNIQUE INDEX "UserAttribute_tenantId_name_key" ON "UserAttribute"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "UserFlow_tenantId_name_key" ON "UserFlow"("tenantId", "name");

-- CreateIndex
CREATE INDEX "UserFlowIdentityProvider_identityProviderId_idx" ON "UserFlowIdentityProvider"("identityProviderId");

-- CreateIndex
CREATE INDEX "UserFlowIdentityProvider_tenantId_idx" ON "UserFlowIdentityProvider"("tenantId");

-- CreateIndex
CREATE INDEX "UserFlowAttribute_userAttributeId_idx" ON "UserFlowAttribute"("userAttributeId");

-- CreateIndex
CREATE INDEX "UserFlowAttribute_tenantId_idx" ON "UserFlowAttribute"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "UserFlowAttribute_userFlowId_userAttributeId_key" ON "UserFlowAttribute"("userFlowId", "userAttributeId");

-- CreateIndex
CREATE INDEX "UserFlowApiConnector_apiConnectorId_idx" ON "UserFlowApiConnector"("apiConnectorId");

-- CreateIndex
CREATE INDEX "UserFlowApiConnector_tenantId_idx" ON "UserFlowApiConnector"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_clientId_key" ON "Application"("clientId");

-- CreateIndex
CREATE INDEX "Application_tenantId_idx" ON "Application"("tenantId");

-- CreateIndex
CREATE INDEX "Application_userFlowId_idx" ON "Application"("userFlowId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiConnector_tenantId_displayName_key" ON "ApiConnector"("tenantId", "displayName");

-- CreateIndex
CREATE INDEX "ApiConnectorCall_tenantId_apiConnectorId_createdAt_idx" ON "ApiConnectorCall"("tenantId", "apiConnectorId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ApiConnectorCall_journeyId_idx" ON "ApiConnectorCall"("journeyId");

-- CreateIndex
CREATE INDEX "GuestUser_tenantId_createdAt_id_idx" ON "GuestUser"("tenantId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "GuestUser_tenantId_status_idx" ON "GuestUser"("tenantId", "status");

-- CreateIndex
CREATE INDEX "GuestUser_tenantId_userFlowId_idx" ON "GuestUser"("tenantId", "userFlowId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestUser_tenantId_email_key" ON "GuestUser"("tenantId", "email");

-- CreateIndex
CREATE INDEX "GuestIdentity_guestUserId_idx" ON "GuestIdentity"("guestUserId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestIdentity_tenantId_issuer_issuerAssignedId_key" ON "GuestIdentity"("tenantId", "issuer", "issuerAssignedId");

-- CreateIndex
CREATE UNIQUE INDEX "Journey_interactionId_key" ON "Journey"("interactionId");

-- CreateIndex
CREATE INDEX "Journey_tenantId_createdAt_idx" ON "Journey"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Journey_expiresAt_idx" ON "Journey"("expiresAt");

-- CreateIndex
CREATE INDEX "OtpChallenge_tenantId_email_createdAt_idx" ON "OtpChallenge"("tenantId", "email", "createdAt");

-- CreateIndex
CREATE INDEX "OtpChallenge_journeyId_idx" ON "OtpChallenge"("journeyId");

-- CreateIndex
CREATE INDEX "OtpChallenge_expiresAt_idx" ON "OtpChallenge"("expiresAt");

-- CreateIndex
CREATE INDEX "OidcArtifact_tenantId_kind_uid_idx" ON "OidcArtifact"("tenantId", "kind", "uid");

-- CreateIndex
CREATE INDEX "OidcArtifact_tenantId_grantId_idx" ON "OidcArtifact"("tenantId", "grantId");

-- CreateIndex
CREATE INDEX "OidcArtifact_expiresAt_idx" ON "OidcArtifact"("expiresAt");

-- CreateIndex
CREATE INDEX "AuthorizationCode_tenantId_grantId_idx" ON "AuthorizationCode"("tenantId", "grantId");

-- CreateIndex
CREATE INDEX "AuthorizationCode_expiresAt_idx" ON "AuthorizationCode"("expiresAt");

-- CreateIndex
CREATE INDEX "RefreshToken_tenantId_grantId_idx" ON "RefreshToken"("tenantId", "grantId");

-- CreateIndex
CREATE INDEX "RefreshToken_tenantId_guestUserId_idx" ON "RefreshToken"("tenantId", "guestUserId");

-- CreateIndex
CREATE INDEX "RefreshToken_expiresAt_idx" ON "RefreshToken"("expiresAt");

-- CreateIndex
CREATE INDEX "Consent_tenantId_guestUserId_clientId_idx" ON "Consent"("tenantId", "guestUserId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningKey_kid_key" ON "SigningKey"("kid");

-- CreateIndex
CREATE INDEX "SigningKey_tenantId_state_idx" ON "SigningKey"("tenantId", "state");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_targetType_targetId_idx" ON "AuditEvent"("tenantId", "targetType", "targetId");

-- CreateIndex
CREATE INDEX "EmailMessage_status_sendAfter_idx" ON "EmailMessage"("status", "sendAfter");

-- CreateIndex
CREATE INDEX "EmailMessage_tenantId_createdAt_idx" ON "EmailMessage"("tenantId", "createdAt");

-- AddForeignKey
ALTER TABLE "TenantMembership" ADD CONSTRAINT "TenantMembership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantMembership" ADD CONSTRAINT "TenantMembership_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Operator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatorInvitation" ADD CONSTRAINT "OperatorInvitation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatorInvitation" ADD CONSTRAINT "OperatorInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Operator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityProvider" ADD CONSTRAINT "IdentityProvider_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAttribute" ADD CONSTRAINT "UserAttribute_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlow" ADD CONSTRAINT "UserFlow_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowIdentityProvider" ADD CONSTRAINT "UserFlowIdentityProvider_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowIdentityProvider" ADD CONSTRAINT "UserFlowIdentityProvider_identityProviderId_fkey" FOREIGN KEY ("identityProviderId") REFERENCES "IdentityProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowAttribute" ADD CONSTRAINT "UserFlowAttribute_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowAttribute" ADD CONSTRAINT "UserFlowAttribute_userAttributeId_fkey" FOREIGN KEY ("userAttributeId") REFERENCES "UserAttribute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowApiConnector" ADD CONSTRAINT "UserFlowApiConnector_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFlowApiConnector" ADD CONSTRAINT "UserFlowApiConnector_apiConnectorId_fkey" FOREIGN KEY ("apiConnectorId") REFERENCES "ApiConnector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiConnector" ADD CONSTRAINT "ApiConnector_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiConnectorCall" ADD CONSTRAINT "ApiConnectorCall_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiConnectorCall" ADD CONSTRAINT "ApiConnectorCall_apiConnectorId_fkey" FOREIGN KEY ("apiConnectorId") REFERENCES "ApiConnector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiConnectorCall" ADD CONSTRAINT "ApiConnectorCall_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiConnectorCall" ADD CONSTRAINT "ApiConnectorCall_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestUser" ADD CONSTRAINT "GuestUser_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestUser" ADD CONSTRAINT "GuestUser_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestUser" ADD CONSTRAINT "GuestUser_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestIdentity" ADD CONSTRAINT "GuestIdentity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestIdentity" ADD CONSTRAINT "GuestIdentity_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestIdentity" ADD CONSTRAINT "GuestIdentity_identityProviderId_fkey" FOREIGN KEY ("identityProviderId") REFERENCES "IdentityProvider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_userFlowId_fkey" FOREIGN KEY ("userFlowId") REFERENCES "UserFlow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_identityProviderId_fkey" FOREIGN KEY ("identityProviderId") REFERENCES "IdentityProvider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_guestUserId_fkey" FOREIGN KEY ("guestUserId") REFERENCES "GuestUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtpChallenge" ADD CONSTRAINT "OtpChallenge_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtpChallenge" ADD CONSTRAINT "OtpChallenge_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OidcArtifact" ADD CONSTRAINT "OidcArtifact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationCode" ADD CONSTRAINT "AuthorizationCode_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningKey" ADD CONSTRAINT "SigningKey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

