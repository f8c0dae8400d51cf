"use client";
// On the public Freedom Sunday page: "Sign your church up" for everyone — and, for someone whose
// church already takes part, their church and its Freedom Sunday plans first, with signing up
// another church as a smaller link. The page itself is cached for all; this part is theirs alone.
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { formatDay } from "@/lib/freedom-sunday";
import { useSessionUser } from "@/components/account/session";

interface MyChurch {
  id: number;
  name: string;
  city: string;
  role: "leader" | "member";
  events: { id: number; date: string; status: "planning" | "confirmed" | "held" }[];
}

async function fetchMine(): Promise<MyChurch[]> {
  const response = await fetch("/api/me/churches", { cache: "no-store" });
  if (!response.ok) return [];
  const body = (await response.json()) as { churches?: MyChurch[] };
  return body.churches ?? [];
}

export function YourFreedomSunday() {
  const t = useTranslations("churches");
  const locale = useLocale() as Locale;
  const { user } = useSessionUser();
  const { data: mine = [] } = useQuery({
    queryKey: ["my-freedom-sundays", user?.id],
    queryFn: fetchMine,
    enabled: Boolean(user),
    staleTime: 30_000,
  });
  if (mine.length === 0)
    return (
      <p className="mt-4">
        <Link
          href="/churches/new"
          className="inline-block rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink"
        >
          {t("yours.signUp")}
        </Link>
      </p>
    );
  return (
    <section
      aria-labelledby="yours-heading"
      className="mt-4 rounded-xl border border-line bg-card p-4"
    >
      <h2 id="yours-heading" className="font-semibold">
        {t("yours.heading", { count: mine.length })}
      </h2>
      <ul className="mt-2 space-y-3">
        {mine.map((church) => (
          <li key={church.id}>
            <Link href={`/churches/${church.id}`} className="font-semibold underline">
              {church.name}
            </Link>
            <span className="text-sm text-muted">
              {" "}
              · {church.city} · {t("yours.youAre", { role: church.role })}
            </span>
            {church.events.length === 0 ? (
              <p className="text-sm text-muted">{t("yours.noEvents")}</p>
            ) : (
              <ul className="mt-1 text-sm">
                {church.events.map((event) => (
                  <li key={event.id}>
                    <Link href={`/freedom-sunday/${event.id}`} className="underline">
                      {t("yours.eventLink", { date: formatDay(event.date, locale) })}
                    </Link>{" "}
                    <span className="text-muted">({t(`statusLower.${event.status}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <Link href="/churches/new" className="underline">
          {t("yours.signUpAnother")}
        </Link>
      </p>
    </section>
  );
}
