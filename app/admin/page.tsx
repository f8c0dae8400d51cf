// Administration: people (paged, searchable) with their roles, when they last signed in and whether
// their account is active; and the mail outbox.
import type { Metadata } from "next";
import Link from "next/link";
import { ActiveForm } from "@/components/admin/active-form";
import { RoleForm } from "@/components/admin/role-form";
import { Pagination } from "@/components/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { listOutbox } from "@/lib/data/mail";
import { listUsers } from "@/lib/data/users";
import { formatDate } from "@/lib/time";
import { pageParam } from "@/lib/validation/requests";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission({ action: "user.list" }, "/admin");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const [people, outbox] = await Promise.all([
    listUsers(actor, { q: q || undefined, page: pageParam.parse(params.page) }),
    listOutbox(actor, pageParam.parse(params.mailPage)),
  ]);
  if (!people.ok || !outbox.ok) throw new Error("Admin lists refused an admin");
  const href = (change: Record<string, string | number>) => {
    const next = new URLSearchParams();
    if (q) next.set("q", q);
    for (const [k, v] of Object.entries(change)) next.set(k, String(v));
    return `/admin?${next.toString()}`;
  };
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Admin</h1>
      <section aria-labelledby="users-heading" className="mt-8">
        <h2 id="users-heading" className="text-xl font-semibold">
          People and roles
        </h2>
        <form
          method="get"
          action="/admin"
          role="search"
          aria-label="Find people"
          className="mt-3 flex gap-2"
        >
          <label htmlFor="user-search" className="sr-only">
            Find by name or email
          </label>
          <input
            id="user-search"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            placeholder="Name or email"
            className="w-full max-w-xs rounded-lg border border-line bg-card px-3 py-2"
          />
          <button type="submit" className="rounded-lg border border-line px-3 py-2 font-semibold">
            Find
          </button>
        </form>
        <p className="mt-2 text-sm text-muted">
          {people.total === 1 ? "1 person" : `${people.total} people`}
        </p>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {people.items.map((user) => (
            <li
              key={user.id}
              className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3 px-4 py-3"
            >
              <div className="min-w-0">
                <p className="font-semibold">
                  {user.name ?? "—"}
                  {user.id === actor.id ? (
                    <span className="font-normal text-muted"> (you)</span>
                  ) : null}
                </p>
                <p className="text-sm break-all text-muted">{user.email}</p>
                <p className="text-sm text-muted">
                  Last signed in:{" "}
                  {user.lastSignInAt ? (
                    <time dateTime={user.lastSignInAt.toISOString()}>
                      {formatDate(user.lastSignInAt)}
                    </time>
                  ) : (
                    "never"
                  )}
                </p>
                {user.deactivatedAt ? (
                  <p className="mt-1">
                    <span className="inline-block rounded-full bg-line px-2.5 py-0.5 text-xs font-semibold">
                      Deactivated since {formatDate(user.deactivatedAt)}
                    </span>
                  </p>
                ) : null}
              </div>
              <div className="flex flex-col gap-2">
                <RoleForm userId={user.id} email={user.email} role={user.role} />
                <ActiveForm userId={user.id} email={user.email} active={!user.deactivatedAt} />
              </div>
            </li>
          ))}
        </ul>
        <Pagination
          page={people.page}
          pageCount={people.pageCount}
          hrefFor={(page) => href({ page })}
        />
      </section>
      <section aria-labelledby="outbox-heading" className="mt-12">
        <h2 id="outbox-heading" className="text-xl font-semibold">
          Mail outbox
        </h2>
        <p className="mt-1 text-sm text-muted">
          Every message the app sends is recorded here; without SMTP this is where it is delivered.
        </p>
        {outbox.items.length === 0 ? (
          <p className="mt-4 text-muted">No mail yet.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {outbox.items.map((mail) => (
              <li key={mail.id} className="rounded-xl border border-line bg-card p-4">
                <p className="text-sm break-words text-muted">
                  To {mail.to} · {mail.status} ·{" "}
                  {mail.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </p>
                <p className="font-semibold">{mail.subject}</p>
                <pre className="mt-2 text-sm break-words whitespace-pre-wrap">{mail.text}</pre>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={outbox.page}
          pageCount={outbox.pageCount}
          hrefFor={(mailPage) => href({ mailPage })}
        />
      </section>
      <p className="mt-10 text-sm">
        <Link href="/staff" className="text-accent underline">
          Staff dashboard
        </Link>
      </p>
    </>
  );
}
