"use client";
// The header's account links: "Sign in" for visitors; the person's pages and "Sign out" once signed in.
import Link from "next/link";
import { signOut, useSessionUser } from "./session";

export function AccountMenu() {
  const { user, loading } = useSessionUser();
  // While the session loads, an invisible "Sign in" holds its place: the header does not move.
  if (loading)
    return (
      <span
        className="invisible rounded-lg border border-line px-3 py-1.5 text-sm font-semibold"
        aria-hidden="true"
      >
        Sign in
      </span>
    );
  if (!user) {
    return (
      <Link
        href="/sign-in"
        className="rounded-lg border border-line px-3 py-1.5 text-sm font-semibold"
      >
        Sign in
      </Link>
    );
  }
  const role = user.role;
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <li>
        <Link href="/me" className="underline-offset-4 hover:underline">
          My prayers
        </Link>
      </li>
      {role === "staff" || role === "admin" ? (
        <li>
          <Link href="/staff" className="underline-offset-4 hover:underline">
            Staff
          </Link>
        </li>
      ) : null}
      {role === "admin" ? (
        <li>
          <Link href="/admin" className="underline-offset-4 hover:underline">
            Admin
          </Link>
        </li>
      ) : null}
      <li className="text-muted">{user.name ?? user.email}</li>
      <li>
        <button
          type="button"
          onClick={() => void signOut()}
          className="rounded-lg border border-line px-3 py-1.5 font-semibold"
        >
          Sign out
        </button>
      </li>
    </ul>
  );
}
