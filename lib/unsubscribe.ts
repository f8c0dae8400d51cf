// One-click unsubscribe links (RFC 8058). A token names a person and a list and is signed with
// HMAC-SHA256 (a key derived from AUTH_SECRET, lib/signing-key.ts) over `<userId>.<list>`, so it needs no sign-in and no database row,
// and a tampered or made-up token fails the signature check before anything is looked up.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { signingKey } from "./signing-key";
import { siteUrl } from "./site";

export const UNSUBSCRIBE_LISTS = ["follows", "digest", "reminders"] as const;
export type UnsubscribeList = (typeof UNSUBSCRIBE_LISTS)[number];

function signature(userId: string, list: UnsubscribeList, key = signingKey("unsubscribe")): Buffer {
  return createHmac("sha256", key).update(`${userId}.${list}`).digest();
}

/** A token for `userId` to leave `list`: `<base64url(userId.list)>.<base64url(hmac)>`. */
export function createUnsubscribeToken(userId: string, list: UnsubscribeList): string {
  const payload = Buffer.from(`${userId}.${list}`).toString("base64url");
  return `${payload}.${signature(userId, list).toString("base64url")}`;
}

const TOKEN_SHAPE = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/;

/** Who and which list a token names; null when it is malformed, tampered or signed by another key. */
export function verifyUnsubscribeToken(
  token: string | null | undefined,
): { userId: string; list: UnsubscribeList } | null {
  const match = TOKEN_SHAPE.exec(token ?? "");
  if (!match) return null;
  const payload = Buffer.from(match[1]!, "base64url").toString("utf8");
  if (Buffer.from(payload).toString("base64url") !== match[1]) return null;
  const dot = payload.lastIndexOf(".");
  if (dot <= 0) return null;
  const userId = payload.slice(0, dot);
  const list = payload.slice(dot + 1);
  if (!(UNSUBSCRIBE_LISTS as readonly string[]).includes(list)) return null;
  // Compared as text: two base64url spellings of the same bytes (the last character's spare bits)
  // would otherwise both pass.
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(signature(userId, list as UnsubscribeList).toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, list: list as UnsubscribeList };
}

export interface UnsubscribeLinks {
  /** The page a person opens from the message: says what will stop, with a button. */
  page: string;
  /** Where mail clients POST `List-Unsubscribe=One-Click`. */
  oneClick: string;
  /** The RFC 2369 / RFC 8058 headers for the message. */
  headers: { "List-Unsubscribe": string; "List-Unsubscribe-Post": string };
}

export function unsubscribeLinks(userId: string, list: UnsubscribeList): UnsubscribeLinks {
  const token = encodeURIComponent(createUnsubscribeToken(userId, list));
  const base = siteUrl().replace(/\/+$/, "");
  const oneClick = `${base}/api/unsubscribe?token=${token}`;
  return {
    page: `${base}/unsubscribe?token=${token}`,
    oneClick,
    headers: {
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

/** What leaving each list stops, in the words the page and the result use. */
export function listDescription(list: UnsubscribeList): string {
  if (list === "reminders") return "prayer reminders";
  return list === "follows"
    ? "e-mails about news on the requests you follow"
    : "the weekly prayer digest";
}
