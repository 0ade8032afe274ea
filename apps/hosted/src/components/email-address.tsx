import { Fragment } from "react";

/**
 * An email address that wraps where a reader expects on a narrow screen:
 * before the "@" and the dots, after hyphens, never in the middle of a word
 * unless a single part is wider than the line.
 */
export function EmailAddress({ value }: { value: string }) {
  const parts = value.split(/(?=[@.])|(?<=[-_])/);
  return (
    // Left to right inside any page, so an address reads the same on an Arabic one.
    <strong dir="ltr" className="[overflow-wrap:anywhere]">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </strong>
  );
}
