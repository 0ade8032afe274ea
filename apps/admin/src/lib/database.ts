import { getPrisma } from "@guestlist/domain/database";

/**
 * The app's database client. Pages, actions and routes take it from here, the
 * app's one composition root for it, and hand it to domain use cases.
 */
export const database = getPrisma;
