import type { Messages } from "../catalogue";
import { en } from "./en";
export const ar: Messages = en;
