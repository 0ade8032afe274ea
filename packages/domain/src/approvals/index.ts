export * from "./approval-schemas";
export * from "./decide-guest-approvals";
