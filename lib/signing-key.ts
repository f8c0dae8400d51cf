// Keys for the links the app signs itself (church invites, unsubscribe). Each purpose gets its own
// key derived from AUTH_SECRET, so a signature made for one can never pass as another, and Auth.js's
// own use of the secret stays separate. Outside production a fixed development secret stands in.
import { createHmac } from "node:crypto";
import { env } from "./env";

export type SigningPurpose = "invite" | "unsubscribe";

const DEVELOPMENT_SECRET = "intercede-development-only-signing-secret-0123456789";

export function signingKey(purpose: SigningPurpose): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (!AUTH_SECRET && NODE_ENV === "production")
    throw new Error(`AUTH_SECRET is required in production to sign ${purpose} links.`);
  return createHmac("sha256", AUTH_SECRET ?? DEVELOPMENT_SECRET)
    .update(`intercede:${purpose}`)
    .digest("base64url");
}
