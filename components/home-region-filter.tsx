"use client";
// Region filter for the (cached, static) home page: reads ?region= in the browser and hides the other regions.
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { RegionNav, type RegionLink } from "./region-nav";

const homeHref = (slug: string | null) => (slug ? `/?region=${slug}` : "/");

export function HomeRegionFilter({ regions }: { regions: RegionLink[] }) {
  const t = useTranslations("requests");
  const wanted = useSearchParams().get("region");
  const known = regions.find((r) => r.slug === wanted);
  return (
    <>
      <RegionNav regions={regions} current={known?.slug ?? null} hrefFor={homeHref} />
      {known ? (
        // The slug comes from our own region list, never from the URL as typed.
        <style>{`[data-region]:not([data-region="${known.slug}"]){display:none}`}</style>
      ) : null}
      {wanted && !known ? (
        <p role="alert" className="mt-3 rounded-lg border border-line bg-card px-4 py-3 text-sm">
          {t("homeFilter.unknown", { region: wanted.slice(0, 60) })}
        </p>
      ) : null}
    </>
  );
}

export function HomeRegionFilterFallback({ regions }: { regions: RegionLink[] }) {
  return <RegionNav regions={regions} current={null} hrefFor={homeHref} />;
}
