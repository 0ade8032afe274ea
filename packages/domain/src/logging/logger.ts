import { currentLogContext } from "./log-context";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|code|otp|private|key$/i;
const MASK = "[masked]";

/** Copies `value`, replacing anything stored under a secret-looking key. */
export function maskSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      SECRET_KEY.test(key) ? MASK : maskSecrets(inner, depth + 1),
    ]),
  );
}

function write(level: Level, scope: string, message: string, fields: Fields = {}): void {
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    scope,
    message,
    ...currentLogContext(),
    ...(maskSecrets(fields) as Fields),
  });
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
}

/** JSON-lines logger; keys that look like secrets are masked at any depth. */
export function createLogger(scope: string): Logger {
  const debugEnabled = process.env.LOG_LEVEL === "debug";
  return {
    debug: (message, fields) => debugEnabled && write("debug", scope, message, fields),
    info: (message, fields) => write("info", scope, message, fields),
    warn: (message, fields) => write("warn", scope, message, fields),
    error: (message, fields) => write("error", scope, message, fields),
  };
}
