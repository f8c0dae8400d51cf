// The home-screen icon for iOS (180×180 PNG), drawn from the same flame as app/icon.svg.
import { ImageResponse } from "next/og";
import { FLAME_INNER, FLAME_OUTER } from "@/components/logo";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
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
      <svg width="150" height="150" viewBox="0 0 64 64">
        <path d={FLAME_OUTER} fill="#fbfaf7" />
        <path d={FLAME_INNER} fill="#f3c46b" />
      </svg>
    </div>,
    size,
  );
}
