"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Card, ConfirmButton, StatusMessage } from "@/components/ui";
import { deleteApplicationAction, rotateSecretAction, updateApplicationAction } from "../actions";
import { ApplicationForm, SecretOnce, type ApplicationFormValues } from "../application-form";

export function ApplicationDetail(props: {
  tenant: string;
  readOnly: boolean;
  application: { id: string; type: "CONFIDENTIAL" | "PUBLIC"; initial: ApplicationFormValues };
  flows: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const { tenant, application } = props;
  return (
    <>
      <Card title="Settings">
        <ApplicationForm
          initial={application.initial}
          flows={props.flows}
          submitLabel="Save"
          readOnly={props.readOnly}
          save={(input) => updateApplicationAction(tenant, application.id, input)}
          onSaved={() => router.refresh()}
        />
      </Card>
      {props.readOnly ? null : (
        <Card title="Client secret and deletion">
          <StatusMessage status={status} />
          {secret ? <SecretOnce clientId="(unchanged)" clientSecret={secret} /> : null}
          <div className="flex flex-wrap gap-3">
            {application.type === "CONFIDENTIAL" ? (
              <Button
                variant="secondary"
                onClick={async () => {
                  const result = await rotateSecretAction(tenant, application.id);
                  setStatus(result);
                  if (result.ok && result.data) setSecret(result.data.clientSecret);
                }}
              >
                Create a new client secret
              </Button>
            ) : null}
            <ConfirmButton
              label="Delete application"
              confirmLabel="Delete it: its sign-ins stop"
              onConfirm={async () => {
                const result = await deleteApplicationAction(tenant, application.id);
                setStatus(result);
                if (result.ok) router.push(`/t/${tenant}/applications`);
              }}
            />
          </div>
        </Card>
      )}
    </>
  );
}
