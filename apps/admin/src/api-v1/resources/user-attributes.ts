import { z } from "zod";
import {
  createUserAttribute,
  deleteUserAttribute,
  listUserAttributes,
  updateUserAttribute,
} from "@guestlist/domain/attributes";
import {
  ZCreateUserAttributeInput,
  ZUpdateUserAttributeInput,
  type TCreateUserAttributeInput,
  type TUpdateUserAttributeInput,
} from "@guestlist/domain/attributes/schemas";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { byId, ZId, ZTimestamps } from "./common";

const ZUserAttribute = z
  .object({
    id: ZId,
    name: z.string(),
    dataType: ZCreateUserAttributeInput.shape.dataType,
    description: z.string(),
    builtIn: z.boolean(),
    usedBy: z
      .array(z.object({ id: ZId, name: z.string() }))
      .describe("User flows that ask for it."),
    ...ZTimestamps,
  })
  .meta({ title: "UserAttribute" });

const tag = "User attributes";
const show = (value: unknown) => present(ZUserAttribute, value);

export const userAttributeOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/user-attributes",
    operationId: "listUserAttributes",
    tag,
    summary: "List user attributes, built-in first",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZUserAttribute) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listUserAttributes(prisma, access), query);
      return { json: { ...page, items: page.items.map(show) } };
    },
  }),
  operation<undefined, TCreateUserAttributeInput>({
    method: "POST",
    path: "/user-attributes",
    operationId: "createUserAttribute",
    tag,
    summary: "Add a custom attribute",
    permission: "attributes.manage",
    body: ZCreateUserAttributeInput,
    response: { status: 201, schema: ZUserAttribute },
    async handle({ prisma, access, body }) {
      const created = await createUserAttribute(prisma, access, body);
      return {
        status: 201,
        json: show(byId(await listUserAttributes(prisma, access), created.id, "attribute")),
      };
    },
  }),
  operation({
    method: "GET",
    path: "/user-attributes/{id}",
    operationId: "getUserAttribute",
    tag,
    summary: "Get a user attribute",
    response: { status: 200, schema: ZUserAttribute },
    async handle({ prisma, access, params }) {
      return {
        json: show(byId(await listUserAttributes(prisma, access), params.id!, "attribute")),
      };
    },
  }),
  operation<undefined, TUpdateUserAttributeInput>({
    method: "PUT",
    path: "/user-attributes/{id}",
    operationId: "updateUserAttribute",
    tag,
    summary: "Rename (while unused) or describe a custom attribute",
    permission: "attributes.manage",
    body: ZUpdateUserAttributeInput,
    response: { status: 200, schema: ZUserAttribute },
    async handle({ prisma, access, params, body }) {
      await updateUserAttribute(prisma, access, params.id!, body);
      return {
        json: show(byId(await listUserAttributes(prisma, access), params.id!, "attribute")),
      };
    },
  }),
  operation({
    method: "DELETE",
    path: "/user-attributes/{id}",
    operationId: "deleteUserAttribute",
    tag,
    summary: "Delete a custom attribute no user flow asks for",
    permission: "attributes.manage",
    response: { status: 204 },
    async handle({ prisma, access, params }) {
      await deleteUserAttribute(prisma, access, params.id!);
      return { status: 204 };
    },
  }),
];
