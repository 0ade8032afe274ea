// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * A header value on one line: control characters (CR and LF above all, which
 * would start a new header) become spaces, and runs of whitespace collapse.
 */
export function singleLineHeader(value: string): string {
  return value
    .replace(CONTROL_CHARACTERS, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** One plain address: no display name, no list, nothing that could add a recipient or a header. */
export function isSingleAddress(value: string): boolean {
  return /^[^\s@,;:<>()"\\[\]]+@[^\s@,;:<>()"\\[\]]+\.[^\s@,;:<>()"\\[\]]+$/.test(value);
}
