import fs from "node:fs";

export default function globalTeardown(): void {
  const dir = process.env.GUESTLIST_E2E_DATA_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
