import { parse } from "csv-parse/sync";
import { AppError } from "../errors/app-error";
import { INVITATIONS_PER_BATCH } from "./invitation-schemas";

/** What every row of an upload shares: the form chooses them once. */
export interface InvitationCsvDefaults {
  applicationId: string;
  message?: string;
  expiresInDays?: number;
}

/**
 * A CSV upload as invitations: a header row with an `email` column, any other
 * column named after an attribute whose cells pre-set it (empty cells pre-set
 * nothing). Excel's byte-order mark, quoted fields and CRLF are accepted.
 */
export function invitationsFromCsv(text: string, defaults: InvitationCsvDefaults): unknown[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      trim: true,
      to: INVITATIONS_PER_BATCH + 1,
    });
  } catch (error) {
    throw new AppError(
      "invalid_input",
      `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
      { fieldIssues: [{ path: "file", message: "The file is not valid CSV." }] },
    );
  }
  if (records.length === 0)
    throw new AppError("invalid_input", "The file has no rows under its header.", {
      fieldIssues: [{ path: "file", message: "Add one row per person under the header." }],
    });
  if (!Object.hasOwn(records[0]!, "email"))
    throw new AppError("invalid_input", 'The header row needs an "email" column.', {
      fieldIssues: [{ path: "file", message: 'Name one column "email".' }],
    });
  if (records.length > INVITATIONS_PER_BATCH)
    throw new AppError(
      "invalid_input",
      `A file may invite at most ${INVITATIONS_PER_BATCH} people; split it.`,
      { fieldIssues: [{ path: "file", message: "Too many rows." }] },
    );
  return records.map(({ email, ...cells }) => ({
    ...defaults,
    email,
    attributes: Object.fromEntries(Object.entries(cells).filter(([, value]) => value !== "")),
  }));
}
