import { AppError } from "../errors/app-error";

/**
 * Attributes, identity providers and API connectors are deleted only once no
 * user flow refers to them: deleting one in use would change that flow's
 * journey behind its admin's back.
 */
export function assertUnusedByFlows(subject: {
  name: string;
  /** How a flow refers to it: "uses", "offers", "calls". */
  use: string;
  flowNames: string[];
}) {
  const flows = [...new Set(subject.flowNames)];
  if (flows.length === 0) return;
  throw new AppError(
    "conflict",
    `${subject.name} cannot be deleted: the user flow "${flows.join('", "')}" ${subject.use} it. Remove it from the flow first.`,
  );
}
