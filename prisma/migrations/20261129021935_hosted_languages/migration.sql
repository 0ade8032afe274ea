-- AlterTable
ALTER TABLE "UserFlow" ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY['en', 'de', 'fr', 'es', 'nl', 'pt', 'ja', 'ar']::TEXT[];

-- AlterTable
ALTER TABLE "GuestUser" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Journey" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

