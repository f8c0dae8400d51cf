"use client";
// The signed-in person as the browser sees them, from Auth.js's own endpoints, through the one
// TanStack Query client the app already has (instead of next-auth/react's provider, which would
// add its own code and a second fetch to every page).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { settleQueuedPrayersBeforeSignOut } from "@/lib/offline-prayers";
import type { Role } from "@/lib/permissions";

export interface SessionUser {
  id: string;
  role: Role;
  name: string | null;
  email: string;
}

const SESSION_KEY = ["session"] as const;

async function fetchSession(): Promise<SessionUser | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  if (!response.ok) return null;
  const session = (await response.json().catch(() => null)) as { user?: SessionUser } | null;
  return session?.user?.id ? session.user : null;
}

export function useSessionUser() {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
  return { user: query.data ?? null, loading: query.isPending };
}

/** Reads the session again (after a change of name, say). */
export function useRefreshSession() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: SESSION_KEY });
}

async function csrfToken(): Promise<string> {
  const body = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as {
    csrfToken: string;
  };
  return body.csrfToken;
}

/** Posts one of Auth.js's forms (with its CSRF token); answers the address Auth.js sends us to. */
async function authForm(path: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(path, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-auth-return-redirect": "1",
    },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken() }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return body.url ?? "/";
}

/** Signs out in this browser (the session row ends on the server) and goes home. */
export async function signOut(): Promise<void> {
  await settleQueuedPrayersBeforeSignOut();
  // A full load of the home page, so nothing of the signed-in person stays in this tab's memory.
  window.location.href = await authForm("/api/auth/signout", { callbackUrl: "/" });
}

/**
 * Asks Auth.js to e-mail a sign-in link that brings the person back to `callbackUrl`; throws
 * `failure` (the reader's language) when it could not be sent.
 */
export async function emailSignInLink(
  email: string,
  callbackUrl: string,
  failure: string,
): Promise<void> {
  const url = await authForm("/api/auth/signin/nodemailer", { email, callbackUrl });
  if (new URL(url, window.location.origin).searchParams.get("error")) throw new Error(failure);
}
