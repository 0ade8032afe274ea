/** A moment as the admin's tables show it: UTC, to the minute; `none` when there is none. */
export function utcMinute(date: Date | null, none = "Never"): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : none;
}
