"use client";
// The weekly prayers chart (Recharts): stacked bars, one colour per region. Decoration for sighted
// readers only: the table beside it in <Engagement> holds the same numbers for everyone.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

export interface EngagementChartRow {
  /** The week as shown under its bar, e.g. "2 Mar". */
  label: string;
  /** Prayers that week, by region slug. */
  values: Record<string, number>;
}

export interface EngagementChartSeries {
  slug: string;
  name: string;
  /** A CSS colour, e.g. "var(--chart-1)". */
  color: string;
}

const tick = { fill: "var(--color-muted)", fontSize: 12 };

export function EngagementChart({
  rows,
  series,
}: {
  rows: EngagementChartRow[];
  series: EngagementChartSeries[];
}) {
  return (
    <BarChart
      data={rows}
      responsive
      // The chart is hidden from assistive technology (the table is the accessible version), so it
      // must not take keyboard focus either.
      accessibilityLayer={false}
      style={{ width: "100%", height: 240 }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="var(--color-line)" />
      <XAxis dataKey="label" tick={tick} tickLine={false} stroke="var(--color-line)" />
      <YAxis allowDecimals={false} width={36} tick={tick} tickLine={false} axisLine={false} />
      <Tooltip
        cursor={{ fill: "var(--color-line)", fillOpacity: 0.5 }}
        contentStyle={{
          background: "var(--color-card)",
          border: "1px solid var(--color-line)",
          borderRadius: 8,
          color: "var(--color-ink)",
        }}
        labelStyle={{ color: "var(--color-ink)", fontWeight: 600 }}
        // Top segment first, as the bar reads from top to bottom.
        itemSorter={(item) => -series.findIndex((s) => s.name === item.name)}
      />
      {series.map((s) => (
        <Bar
          key={s.slug}
          name={s.name}
          dataKey={(row: EngagementChartRow) => row.values[s.slug] ?? 0}
          stackId="prayers"
          fill={s.color}
          // A thin line of the card's colour between stacked segments keeps neighbours apart.
          stroke="var(--color-card)"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
