import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import {
  attributeLabel,
  extensionClaimName,
  listUserAttributes,
} from "@guestlist/domain/attributes";
import { database } from "@/lib/database";
import { Card, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { AttributeRow, CreateAttributeForm } from "./attribute-forms";

export const metadata: Metadata = { title: "User attributes" };
export const dynamic = "force-dynamic";

const TYPE_LABELS = { STRING: "String", INTEGER: "Integer", BOOLEAN: "Boolean" } as const;

export default async function AttributesPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const attributes = await listUserAttributes(database(), access);
  const editable = can(access.role, "attributes.manage");
  return (
    <>
      <PageHeader
        title="User attributes"
        description="What user flows can ask people. Custom attributes reach tokens and API connectors as extension_<app id>_<Name>, as in Entra."
      />
      <Card>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">User attributes</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Name
              </th>
              <th scope="col" className="py-2 pr-3">
                Data type
              </th>
              <th scope="col" className="py-2 pr-3">
                Description
              </th>
              <th scope="col" className="py-2 pr-3">
                Used by
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attributes.map((attribute) => (
              <AttributeRow
                key={attribute.id}
                tenant={slug}
                editable={editable && !attribute.builtIn}
                attribute={{
                  id: attribute.id,
                  name: attribute.name,
                  label: attributeLabel(attribute.name),
                  description: attribute.description,
                  dataType: TYPE_LABELS[attribute.dataType],
                  kind: attribute.builtIn
                    ? `Built-in · claim ${attribute.name}`
                    : extensionClaimName(access.tenant.extensionAppId, attribute.name),
                  usedBy: attribute.usedBy.map((flow) => flow.name),
                }}
              />
            ))}
          </tbody>
        </table>
      </Card>
      {editable ? (
        <Card title="Add a custom attribute">
          <CreateAttributeForm tenant={slug} />
        </Card>
      ) : null}
    </>
  );
}
