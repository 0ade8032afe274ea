import { textStream } from "./text-stream";

/** A file download streamed as the client reads it. */
export function downloadResponse(
  download: { stream: AsyncIterable<string>; contentType: string; filename: string },
  headers: Record<string, string> = {},
): Response {
  return new Response(textStream(download.stream), {
    headers: {
      ...headers,
      "content-type": download.contentType,
      "content-disposition": `attachment; filename="${download.filename}"`,
      "cache-control": "no-store",
    },
  });
}
