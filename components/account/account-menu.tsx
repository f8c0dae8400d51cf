"use client";
// The header's account links: "Sign in" for visitors; the person's pages and "Sign out" once signed in.
import { signOut, useSession } from "next-auth/react";
import Link from "next/link";

export function AccountMenu() {
  const { data: session, status } = useSession();
  if (status === "loading")
    return (
      <span className="text-sm text-muted" aria-hidden="true">
        …
      </span>
    );
  if (!session?.user) {
    return (
      <Link
        href="/sign-in"
        className="rounded-lg border border-line px-3 py-1.5 text-sm font-semibold"
      >
        Sign in
      </Link>
    );
  }
  const role = session.user.role;
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
      <li className="text-muted">{session.user.name ?? session.user.email}</li>
      <li>
        <button
          type="button"
          onClick={() => signOut({ redirectTo: "/" })}
          className="rounded-lg border border-line px-3 py-1.5 font-semibold"
        >
          Sign out
        </button>
      </li>
    </ul>
  );
}
