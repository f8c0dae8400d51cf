// Administration: people (paged, searchable) with their roles, when they last signed in and whether
// their account is active; and the mail outbox.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ActiveForm } from "@/components/admin/active-form";
import { RoleForm } from "@/components/admin/role-form";
import { Pagination } from "@/components/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { listOutbox } from "@/lib/data/mail";
import { listUsers } from "@/lib/data/users";
import { formatDate } from "@/lib/time";
import { pageParam } from "@/lib/validation/requests";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations("admin");
  const actor = await requirePermission({ action: "user.list" }, "/admin");
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const [people, outbox] = await Promise.all([
    listUsers(actor, { q: q || undefined, page: pageParam.parse(query.page) }),
    listOutbox(actor, pageParam.parse(query.mailPage)),
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
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="users-heading" className="mt-8">
        <h2 id="users-heading" className="text-xl font-semibold">
          {t("people.heading")}
        </h2>
        <form
          method="get"
          action="/admin"
          role="search"
          aria-label={t("people.search")}
          className="mt-3 flex gap-2"
        >
          <label htmlFor="user-search" className="sr-only">
            {t("people.searchLabel")}
          </label>
          <input
            id="user-search"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            placeholder={t("people.placeholder")}
            className="w-full max-w-xs rounded-lg border border-line bg-card px-3 py-2"
          />
          <button type="submit" className="rounded-lg border border-line px-3 py-2 font-semibold">
            {t("people.find")}
          </button>
        </form>
        <p className="mt-2 text-sm text-muted">{t("people.count", { count: people.total })}</p>
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
                    <span className="font-normal text-muted"> {t("people.you")}</span>
                  ) : null}
                </p>
                <p className="text-sm break-all text-muted">{user.email}</p>
                <p className="text-sm text-muted">
                  {user.lastSignInAt
                    ? t.rich("people.lastSignedIn", {
                        date: formatDate(user.lastSignInAt, locale),
                        time: (chunks) => (
                          <time dateTime={user.lastSignInAt?.toISOString()}>{chunks}</time>
                        ),
                      })
                    : t("people.neverSignedIn")}
                </p>
                {user.deactivatedAt ? (
                  <p className="mt-1">
                    <span className="inline-block rounded-full bg-line px-2.5 py-0.5 text-xs font-semibold">
                      {t("people.deactivatedSince", {
                        date: formatDate(user.deactivatedAt, locale),
                      })}
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
          {t("outbox.heading")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("outbox.note")}</p>
        {outbox.items.length === 0 ? (
          <p className="mt-4 text-muted">{t("outbox.empty")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {outbox.items.map((mail) => (
              <li key={mail.id} className="rounded-xl border border-line bg-card p-4">
                <p className="text-sm break-words text-muted">
                  {t("outbox.to", { to: mail.to })} · {t(`outbox.status.${mail.status}`)} ·{" "}
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
          {t("staffDashboard")}
        </Link>
      </p>
    </>
  );
}
