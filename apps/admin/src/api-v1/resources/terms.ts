import { z } from "zod";
import {
  createTermsDocument,
  getTermsDocument,
  listTermsDocuments,
  publishTermsVersion,
} from "@guestlist/domain/terms";
import {
  ZTermsDocumentInput,
  ZTermsVersionInput,
  type TTermsDocumentInput,
  type TTermsVersionInput,
} from "@guestlist/domain/terms/schemas";
import { operation } from "../operation";
import { listOf, pageOf, ZListQuery, type TListQuery } from "../pagination";
import { present } from "../present";
import { ZId, ZTimestamp, ZTimestamps } from "./common";

const ZTermsVersion = z
  .object({
    id: ZId,
    version: z.number().int(),
    title: z.string(),
    url: z.string().nullable(),
    markdown: z.string().nullable(),
    publishedByName: z.string(),
    publishedAt: ZTimestamp,
  })
  .meta({ title: "TermsVersion" });

const ZTermsDocument = z
  .object({
    id: ZId,
    name: z.string(),
    versions: z.array(ZTermsVersion).describe("Newest first; the first is the current one."),
    userFlowIds: z.array(ZId).describe("The user flows that require it."),
    acceptances: z.number().int().describe("How many times a version of it was accepted."),
    ...ZTimestamps,
  })
  .meta({ title: "TermsDocument" });

const tag = "Terms of use";

function show(document: Awaited<ReturnType<typeof getTermsDocument>>) {
  return present(ZTermsDocument, {
    ...document,
    userFlowIds: document.userFlows.map((entry) => entry.userFlow.id),
    acceptances: document._count.acceptances,
  });
}

export const termsOperations = [
  operation<TListQuery>({
    method: "GET",
    path: "/terms-documents",
    operationId: "listTermsDocuments",
    tag,
    summary: "List terms documents with their versions",
    query: ZListQuery,
    response: { status: 200, schema: listOf(ZTermsDocument) },
    async handle({ prisma, access, query }) {
      const page = pageOf(await listTermsDocuments(prisma, access), query);
      return { json: { ...page, items: page.items.map(show) } };
    },
  }),
  operation<undefined, TTermsDocumentInput>({
    method: "POST",
    path: "/terms-documents",
    operationId: "createTermsDocument",
    tag,
    summary: "Create a terms document and publish its first version",
    permission: "userFlows.manage",
    body: ZTermsDocumentInput,
    response: { status: 201, schema: ZTermsDocument },
    async handle({ prisma, access, body }) {
      const created = await createTermsDocument(prisma, access, body);
      return { status: 201, json: show(await getTermsDocument(prisma, access, created.id)) };
    },
  }),
  operation({
    method: "GET",
    path: "/terms-documents/{id}",
    operationId: "getTermsDocument",
    tag,
    summary: "Get a terms document with its versions",
    response: { status: 200, schema: ZTermsDocument },
    async handle({ prisma, access, params }) {
      return { json: show(await getTermsDocument(prisma, access, params.id!)) };
    },
  }),
  operation<undefined, TTermsVersionInput>({
    method: "POST",
    path: "/terms-documents/{id}/versions",
    operationId: "publishTermsVersion",
    tag,
    summary:
      "Publish the next version; people who accepted an earlier one accept it at their next sign-in",
    permission: "userFlows.manage",
    body: ZTermsVersionInput,
    response: { status: 201, schema: ZTermsDocument },
    async handle({ prisma, access, params, body }) {
      await publishTermsVersion(prisma, access, params.id!, body);
      return { status: 201, json: show(await getTermsDocument(prisma, access, params.id!)) };
    },
  }),
];
