import type { Messages } from "../catalogue";
import { en } from "./en";
export const nl: Messages = en;
