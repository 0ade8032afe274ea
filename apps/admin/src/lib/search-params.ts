/** A page's query string as one text value per name (the first, if repeated); empty ones left out. */
export function firstSearchValues(
  searchParams: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [
      key,
      (Array.isArray(value) ? value[0] : value) || undefined,
    ]),
  );
}
