// The Open Graph card of a shared request or bulletin (next/og: 1200×630 PNG). It holds only what
// the public page shows: the title, the region or the bulletin's verse, and the app's name. Never a
// body, a country beyond the page's, or anything the safety check has not passed.
import { ImageResponse } from "next/og";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { parseId } from "@/lib/validation/ids";

export const OG_SIZE = { width: 1200, height: 630 };

/** The language and id an image route was asked for (an id that is not one reads null). */
export async function ogTarget(
  params: Promise<{ locale: string; id: string }>,
): Promise<{ locale: Locale; id: number | null }> {
  const { id, locale } = await params;
  return { locale: isLocale(locale) ? locale : defaultLocale, id: parseId(id) };
}

export function ogCard({
  eyebrow,
  title,
  quote,
  footer,
}: {
  eyebrow: string;
  title: string;
  quote?: string;
  footer: string;
}): ImageResponse {
  const clip = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#fbf8f3",
        color: "#1f2a37",
        fontFamily: "serif",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#7a3e12", letterSpacing: 2 }}>
        {clip(eyebrow.toUpperCase(), 60)}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        <div style={{ display: "flex", fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>
          {clip(title, 120)}
        </div>
        {quote ? (
          <div style={{ display: "flex", fontSize: 32, color: "#4b5563", lineHeight: 1.35 }}>
            {clip(quote, 200)}
          </div>
        ) : null}
      </div>
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#7a3e12" }}>
        {footer}
      </div>
    </div>,
    OG_SIZE,
  );
}
