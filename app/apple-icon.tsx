// The home-screen icon for iOS (180×180 PNG), drawn from the same flame as app/icon.svg.
import { flameIcon } from "@/lib/flame-icon";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return flameIcon(size.width, 0.08);
}
