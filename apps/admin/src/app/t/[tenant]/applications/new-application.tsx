"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApplicationAction } from "./actions";
import { ApplicationForm, SecretOnce } from "./application-form";

export function NewApplication({
  tenant,
  flows,
}: {
  tenant: string;
  flows: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [created, setCreated] = useState<{
    id: string;
    clientId: string;
    clientSecret: string | null;
  } | null>(null);
  return (
    <>
      {created ? (
        <>
          <SecretOnce clientId={created.clientId} clientSecret={created.clientSecret} />
          <p className="mb-6">
            <Link
              href={`/t/${tenant}/applications/${created.id}`}
              className="text-blue-800 underline"
            >
              Open the application
            </Link>
          </p>
        </>
      ) : null}
      {/* A fresh form after each registration, for the next application. */}
      <ApplicationForm
        key={created?.id ?? "new"}
        initial={{
          name: "",
          type: "CONFIDENTIAL",
          redirectUris: "",
          postLogoutRedirectUris: "",
          initiateLoginUri: "",
          userFlowId: flows[0]?.id ?? "",
        }}
        flows={flows}
        submitLabel="Register application"
        save={(input) => createApplicationAction(tenant, input)}
        onSaved={({ data }) => {
          setCreated(data as { id: string; clientId: string; clientSecret: string | null });
          router.refresh();
        }}
      />
    </>
  );
}
