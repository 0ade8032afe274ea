import type { Messages } from "../catalogue";
import { en } from "./en";
export const de: Messages = en;
