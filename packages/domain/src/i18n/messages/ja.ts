import type { Messages } from "../catalogue";
import { en } from "./en";
export const ja: Messages = en;
