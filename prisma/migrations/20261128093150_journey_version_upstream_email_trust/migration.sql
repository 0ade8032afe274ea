-- AlterTable
ALTER TABLE "IdentityProvider" ADD COLUMN     "trustsEmailVerified" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Journey" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;


-- Google and Microsoft vouch for the addresses they mark verified; generic OIDC and Facebook are not trusted until an admin says so.
UPDATE "IdentityProvider" SET "trustsEmailVerified" = true WHERE type IN ('GOOGLE', 'MICROSOFT');
