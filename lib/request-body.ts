// Reading a request body without ever holding more than a limit in memory: a declared length over
// the limit is refused before reading, and an undeclared one is read only up to the limit.
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; status: 413; error: string };

const tooLarge = {
  ok: false,
  status: 413,
  error: "That is far more than this form takes.",
} as const;

export async function readBoundedBody(request: Request, limit: number): Promise<BodyRead> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(/^\d{1,15}$/.test(declared) && Number(declared) <= limit))
    return tooLarge;
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop reading: the rest is never buffered, and the 413 closes the connection.
      reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** The 413 answer: the connection closes, so the client cannot keep streaming into it. */
export function payloadTooLarge(error: string = tooLarge.error): Response {
  return Response.json(
    { ok: false, error },
    { status: 413, headers: { Connection: "close", "Cache-Control": "no-store" } },
  );
}
