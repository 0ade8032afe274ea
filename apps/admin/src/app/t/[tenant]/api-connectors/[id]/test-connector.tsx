"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, StatusMessage, inputClass } from "@/components/ui";
import { testConnectorAction } from "../actions";

export function TestConnector({ tenant, connectorId }: { tenant: string; connectorId: string }) {
  const router = useRouter();
  const [step, setStep] = useState<
    "POST_FEDERATION_SIGNUP" | "POST_ATTRIBUTE_COLLECTION" | "ON_TOKEN_ISSUANCE_START"
  >("POST_ATTRIBUTE_COLLECTION");
  const [result, setResult] = useState<{ ok: boolean; message?: string; data?: unknown } | null>(
    null,
  );
  const [pending, startTransition] = useTransition();
  return (
    <div className="max-w-xl">
      <p className="mb-3 text-sm text-slate-600">
        Sends a sample sign-up to the endpoint now and shows how its answer is read.
      </p>
      <label htmlFor="test-step" className="block text-sm font-medium">
        Step
      </label>
      <select
        id="test-step"
        className={`${inputClass} mb-3`}
        value={step}
        onChange={(event) => setStep(event.target.value as typeof step)}
      >
        <option value="POST_ATTRIBUTE_COLLECTION">
          PostAttributeCollection (before creating the user)
        </option>
        <option value="POST_FEDERATION_SIGNUP">
          PostFederationSignup (after federated sign-in)
        </option>
        <option value="ON_TOKEN_ISSUANCE_START">
          OnTokenIssuanceStart (before issuing tokens)
        </option>
      </select>
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const outcome = await testConnectorAction(tenant, connectorId, step);
            setResult(outcome);
            router.refresh();
          })
        }
      >
        {pending ? "Calling…" : "Send test request"}
      </Button>
      <div className="mt-4">
        <StatusMessage status={result} />
        {result && "data" in result && result.data ? (
          <pre
            aria-label="Parsed outcome"
            className="overflow-x-auto rounded bg-slate-100 p-3 text-xs"
          >
            {JSON.stringify(result.data, null, 2)}
          </pre>
        ) : null}
      </div>
    </div>
  );
}
