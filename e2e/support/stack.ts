/**
 * Where the e2e stack runs: ports of its own, so that a developer's running
 * `npm start` (3000-3002, 54329) and the suite never meet.
 */
export const E2E_STACK = {
  adminPort: 3100,
  hostedPort: 3101,
  demoPort: 3102,
  postgresPort: 54339,
  adminUrl: "http://localhost:3100",
  hostedUrl: "http://localhost:3101",
  demoUrl: "http://localhost:3102",
  fakeResendPort: 3199,
  fakeConnectorPort: 3198,
  upstreamIdpPort: 3197,
  upstreamIdpUrl: "http://localhost:3197",
  forgingIdpPort: 3196,
  forgingIdpUrl: "http://localhost:3196",
  samlIdpPort: 3195,
  samlIdpUrl: "http://localhost:3195",
  fakeConnectorUrl: "http://localhost:3198",
  fakeResendUrl: "http://127.0.0.1:3199",
  adminEmail: "e2e-admin@woodgrove.test",
  adminPassword: "e2e admin passphrase for the suite",
} as const;
