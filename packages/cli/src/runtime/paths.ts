import path from "node:path";
import { repositoryRoot } from "@guestlist/domain/database";

export const ROOT = repositoryRoot();

/** Where the embedded database and generated local secrets live; GUESTLIST_DATA_DIR moves it. */
export function dataDir(): string {
  return path.resolve(ROOT, process.env.GUESTLIST_DATA_DIR ?? ".data");
}
