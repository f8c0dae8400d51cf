// The home-screen icon for iOS (180×180 PNG), drawn from the same flame as app/icon.svg.
import { ImageResponse } from "next/og";

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
        <path
          d="M32 9c7 9 13 16 13 25a13 13 0 0 1-26 0c0-6 3-10 7-14 0 6 2 9 5 10-1-8 0-14 1-21z"
          fill="#fbfaf7"
        />
        <path d="M32 31c3 4 5 7 5 10a5 5 0 0 1-10 0c0-3 2-6 5-10z" fill="#f3c46b" />
      </svg>
    </div>,
    size,
  );
}
