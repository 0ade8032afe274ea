import type { Metadata } from "next";
import { openApiDocument } from "@/api-v1/openapi-document";
import { adminConfig } from "@/config";

export const metadata: Metadata = { title: "Admin API reference" };
export const dynamic = "force-dynamic";

interface DocumentedOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters: {
    name: string;
    in: string;
    required: boolean;
    description?: string;
    schema: { type?: string };
  }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: unknown }> }
  >;
}

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-blue-100 text-blue-900",
  post: "bg-green-100 text-green-900",
  put: "bg-amber-100 text-amber-900",
  patch: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

function Schema({ label, schema }: { label: string; schema: unknown }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium">{label}</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}

/** The OpenAPI document, rendered: every operation with its parameters, body and responses. */
export default function ApiDocsPage() {
  const document = openApiDocument(adminConfig().ADMIN_URL);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      ...(operation as DocumentedOperation),
    })),
  );
  return (
    <main className="mx-auto max-w-5xl p-6 md:p-10">
      <h1 className="text-2xl font-semibold">{document.info.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{document.info.description}</p>
      <p className="mt-2 text-sm">
        Base URL <code className="rounded bg-slate-100 px-1">{document.servers[0]!.url}</code>.
        Machine-readable:{" "}
        <a href="/api/v1/openapi.json" className="text-blue-800 underline">
          openapi.json
        </a>
        . Errors are JSON:{" "}
        <code className="rounded bg-slate-100 px-1">{`{ "error": { "code", "message", "details" } }`}</code>
        .
      </p>
      <nav aria-label="Sections" className="mt-4 flex flex-wrap gap-3 text-sm">
        {document.tags.map((tag) => (
          <a
            key={tag.name}
            href={`#${tag.name.replace(/\s+/g, "-").toLowerCase()}`}
            className="text-blue-800 underline"
          >
            {tag.name}
          </a>
        ))}
      </nav>
      {document.tags.map((tag) => (
        <section
          key={tag.name}
          id={tag.name.replace(/\s+/g, "-").toLowerCase()}
          aria-label={tag.name}
          className="mt-8"
        >
          <h2 className="text-xl font-semibold">{tag.name}</h2>
          {operations
            .filter((operation) => operation.tags.includes(tag.name))
            .map((operation) => (
              <article
                key={operation.operationId}
                id={operation.operationId}
                className="mt-4 rounded-lg border border-slate-200 bg-white p-4"
              >
                <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                  <span
                    className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_COLOURS[operation.method]}`}
                  >
                    {operation.method}
                  </span>
                  {operation.path}
                </h3>
                <p className="mt-2">{operation.summary}</p>
                <p className="text-sm text-slate-600">{operation.description}</p>
                {operation.parameters.length > 0 ? (
                  <table className="mt-2 text-left text-sm">
                    <caption className="sr-only">Parameters of {operation.operationId}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="pr-4 font-medium">
                          Parameter
                        </th>
                        <th scope="col" className="pr-4 font-medium">
                          In
                        </th>
                        <th scope="col" className="font-medium">
                          Description
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {operation.parameters.map((parameter) => (
                        <tr key={`${parameter.in}-${parameter.name}`}>
                          <td className="pr-4 font-mono">
                            {parameter.name}
                            {parameter.required ? " *" : ""}
                          </td>
                          <td className="pr-4">{parameter.in}</td>
                          <td>{parameter.description ?? parameter.schema.type ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {operation.requestBody ? (
                  <Schema
                    label="Request body (JSON)"
                    schema={operation.requestBody.content["application/json"]?.schema}
                  />
                ) : null}
                <ul className="mt-2 text-sm">
                  {Object.entries(operation.responses).map(([status, response]) => (
                    <li key={status}>
                      <span className="font-mono">{status}</span> {response.description}
                    </li>
                  ))}
                </ul>
                {Object.entries(operation.responses)
                  .filter(([status]) => status.startsWith("2"))
                  .map(([status, response]) =>
                    response.content?.["application/json"]?.schema ? (
                      <Schema
                        key={status}
                        label={`Response ${status}`}
                        schema={response.content["application/json"].schema}
                      />
                    ) : null,
                  )}
              </article>
            ))}
        </section>
      ))}
    </main>
  );
}
