// A push service for tests, on 127.0.0.1: it takes what web-push POSTs, checks the VAPID JWT in
// `Authorization: vapid t=<jwt>, k=<public key>` (ES256 against k, aud = this origin, exp ahead)
// and decrypts the aes128gcm body (RFC 8188 / RFC 8291) with the keys a browser made for the
// subscription (testBrowserSubscription), written here from the RFCs rather than with the library
// that encrypted it. A path's answer can be set (410 for a subscription the service forgot).
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
  type ECDH,
} from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestBrowserSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The browser's private side: its P-256 key and the auth secret. */
  ecdh: ECDH;
  authSecret: Buffer;
}

export interface ReceivedPush {
  path: string;
  headers: IncomingMessage["headers"];
  /** The JWT's claims, once its signature checked out against k. */
  claims: { aud: string; exp: number; sub: string };
  /** The `k=` public key (base64url). */
  publicKey: string;
  body: Buffer;
}

export interface TestPushService {
  origin: string;
  received: ReceivedPush[];
  /** Requests the service refused as unsigned or badly signed (should stay empty). */
  refused: string[];
  /** The status to answer on a path (default 201). */
  answer(path: string, status: number): void;
  /** A new subscription on this service, with keys made as a browser makes them. */
  subscribe(path: string): TestBrowserSubscription;
  close(): Promise<void>;
}

function base64url(bytes: Buffer): string {
  return bytes.toString("base64url");
}

/** Checks `vapid t=…, k=…`: an ES256 JWT signed by k, for this origin, not expired. */
function checkVapid(
  header: string | undefined,
  origin: string,
): Omit<ReceivedPush, "path" | "headers" | "body"> {
  const match =
    /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)$/.exec(
      header ?? "",
    );
  if (!match) throw new Error(`No VAPID authorization: ${header}`);
  const [jwt, k] = [match[1]!, match[2]!];
  const [head, payload, signature] = jwt.split(".") as [string, string, string];
  const point = Buffer.from(k, "base64url");
  if (point.length !== 65 || point[0] !== 4) throw new Error("k is not an uncompressed P-256 key");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: base64url(point.subarray(1, 33)),
      y: base64url(point.subarray(33, 65)),
    },
    format: "jwk",
  });
  const signed = verify(
    "sha256",
    Buffer.from(`${head}.${payload}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!signed) throw new Error("The VAPID signature does not verify against k");
  const header_ = JSON.parse(Buffer.from(head, "base64url").toString()) as { alg: string };
  if (header_.alg !== "ES256") throw new Error(`JWT alg ${header_.alg}`);
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as ReceivedPush["claims"];
  if (claims.aud !== origin) throw new Error(`JWT aud ${claims.aud}, not ${origin}`);
  const now = Date.now() / 1000;
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600))
    throw new Error(`JWT exp ${claims.exp} is not within the next 24 hours`);
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`JWT sub ${claims.sub}`);
  return { claims, publicKey: k };
}

/**
 * Decrypts an aes128gcm Web Push message (RFC 8291 §3.4, RFC 8188 §2) with the browser's keys:
 * header salt(16) rs(4) idlen(1) keyid(= the sender's public key), then one record.
 */
export function decryptPush(body: Buffer, subscription: TestBrowserSubscription): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const browserKey = subscription.ecdh.getPublicKey();
  const shared = subscription.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), browserKey, senderKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, subscription.authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, "Content-Encoding: aes128gcm\0", 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, "Content-Encoding: nonce\0", 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error("No last-record delimiter");
  return padded.subarray(0, end).toString("utf8");
}

export async function startPushService(): Promise<TestPushService> {
  const received: ReceivedPush[] = [];
  const refused: string[] = [];
  const answers = new Map<string, number>();
  let origin = "";
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      try {
        if (request.method !== "POST") throw new Error(`${request.method} ${path}`);
        if (request.headers["content-encoding"] !== "aes128gcm")
          throw new Error(`Content-Encoding ${request.headers["content-encoding"]}`);
        if (!request.headers.ttl) throw new Error("No TTL header");
        const vapid = checkVapid(request.headers.authorization, origin);
        received.push({ path, headers: request.headers, body: Buffer.concat(chunks), ...vapid });
      } catch (error) {
        refused.push(error instanceof Error ? error.message : String(error));
        response.writeHead(401).end();
        return;
      }
      response.writeHead(answers.get(path) ?? 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    refused,
    answer: (path, status) => answers.set(path, status),
    subscribe(path) {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      return {
        endpoint: `${origin}${path}`,
        keys: { p256dh: base64url(ecdh.getPublicKey()), auth: base64url(authSecret) },
        ecdh,
        authSecret,
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
