// Prayers per week by region: a stacked bar chart (Recharts) and the same numbers in a table, which
// is the accessible version. Used by the staff dashboard and by a church leader's page. Totals only.
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { regionName } from "@/lib/region-name";
import { formatDate, intlLocales } from "@/lib/time";
import { EngagementChart, type EngagementChartSeries } from "./staff/engagement-chart";

// Region colours, at least 5:1 against the card in each theme (3:1 is the bar for graphics), with
// a line of the card's colour between stacked segments. Spelled out in full for Tailwind to find.
const PALETTE_CLASSES = [
  "[--chart-1:#0b5d75] [--chart-2:#b34a00] [--chart-3:#6a3d9a] [--chart-4:#1f6b3a]",
  "[--chart-5:#a3245a] [--chart-6:#1f4fa8] [--chart-7:#7a5c00] [--chart-8:#4d4d4d]",
  "dark:[--chart-1:#7fd0e6] dark:[--chart-2:#ffa45c] dark:[--chart-3:#c9a7f5]",
  "dark:[--chart-4:#8fe0a8] dark:[--chart-5:#f28fb6] dark:[--chart-6:#9db8ff]",
  "dark:[--chart-7:#f3d36b] dark:[--chart-8:#cfcac2]",
].join(" ");
const PALETTE_SIZE = 8;

// The chart's week labels ("25 Nov"), one formatter per language, made once.
const shortWeeks = new Map<Locale, Intl.DateTimeFormat>();

function shortWeek(locale: Locale): Intl.DateTimeFormat {
  let found = shortWeeks.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocales[locale], {
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
    shortWeeks.set(locale, found);
  }
  return found;
}

function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export interface WeeklyPrayersProps {
  /** Prefix for element ids, unique on the page. */
  id: string;
  title: string;
  weeks: string[];
  regions: { slug: string; name: string }[];
  series: { week: string; byRegion: Record<string, number>; total: number }[];
}

export function WeeklyPrayers({ id, title, weeks, regions: stored, series }: WeeklyPrayersProps) {
  const t = useTranslations("requests");
  const common = useTranslations("common");
  const locale = useLocale() as Locale;
  const regions = stored.map((region) => ({ ...region, name: regionName(common, region) }));
  const colored: EngagementChartSeries[] = regions.map((region, i) => ({
    ...region,
    color: `var(--chart-${(i % PALETTE_SIZE) + 1})`,
  }));
  const rows = series.map((s) => ({
    label: shortWeek(locale).format(dayAsDate(s.week)),
    values: s.byRegion,
  }));
  const total = series.reduce((sum, s) => sum + s.total, 0);
  const first = weeks[0];
  return (
    <div className={`rounded-xl border border-line bg-card p-4 ${PALETTE_CLASSES}`}>
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm text-muted">
        {first
          ? t("weekly.totalSince", {
              count: total,
              date: formatDate(dayAsDate(first), locale),
            })
          : t("weekly.total", { count: total })}
      </p>
      {total === 0 ? (
        // Twelve weeks of zeros say nothing: say what will appear instead.
        <p className="mt-3 rounded-lg border border-dashed border-line px-4 py-6 text-center text-muted">
          {t("weekly.empty")}
        </p>
      ) : (
        <>
          <div aria-hidden="true" className="mt-3">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {colored.map((region) => (
                <li key={region.slug} className="flex items-center gap-1.5">
                  <span
                    className="inline-block size-3 rounded-sm"
                    style={{ backgroundColor: region.color }}
                  />
                  {region.name}
                </li>
              ))}
            </ul>
            <div className="mt-2">
              <EngagementChart rows={rows} series={colored} />
            </div>
          </div>
          {/* Focusable so that keyboard users can scroll the table when it is wider than a phone. */}
          <div
            className="mt-4 overflow-x-auto"
            role="region"
            aria-labelledby={`${id}-table`}
            tabIndex={0}
          >
            <table className="w-full text-sm tabular-nums">
              <caption id={`${id}-table`} className="mb-1 text-left text-muted">
                {t("weekly.caption")}
              </caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-1 pr-3 text-left font-semibold">
                    {t("weekly.weekOf")}
                  </th>
                  {regions.map((region) => (
                    <th
                      key={region.slug}
                      scope="col"
                      className="px-2 py-1 text-right font-semibold"
                    >
                      {region.name}
                    </th>
                  ))}
                  <th scope="col" className="py-1 pl-2 text-right font-semibold">
                    {t("weekly.columnTotal")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {series.map((s) => (
                  <tr key={s.week}>
                    <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                      <time dateTime={s.week}>{formatDate(dayAsDate(s.week), locale)}</time>
                    </th>
                    {regions.map((region) => (
                      <td key={region.slug} className="px-2 py-1 text-right">
                        {s.byRegion[region.slug] ?? 0}
                      </td>
                    ))}
                    <td className="py-1 pl-2 text-right font-semibold">{s.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
