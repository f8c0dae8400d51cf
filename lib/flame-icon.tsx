// The app's flame (app/icon.svg) as a square PNG of any size, for the home-screen icons: iOS's
// (app/apple-icon.tsx) and the web app manifest's (app/pwa-icon). `inset` is the share of the side
// left around the flame: a maskable icon keeps it within the middle 80% that every mask shows.
import { ImageResponse } from "next/og";
import { FLAME_INNER, FLAME_OUTER } from "@/components/logo";

export function flameIcon(side: number, inset: number): ImageResponse {
  const flame = Math.round(side * (1 - 2 * inset));
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#0b5d75",
      }}
    >
      <svg width={flame} height={flame} viewBox="0 0 64 64">
        <path d={FLAME_OUTER} fill="#fbfaf7" />
        <path d={FLAME_INNER} fill="#f3c46b" />
      </svg>
    </div>,
    { width: side, height: side },
  );
}
