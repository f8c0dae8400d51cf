// The web app manifest's icons (app/manifest.ts): 192 and 512 px, and a 512 px maskable one whose
// flame sits inside the safe zone a launcher's mask never cuts.
import { flameIcon } from "@/lib/flame-icon";

const VARIANTS: Record<string, { side: number; inset: number }> = {
  "192.png": { side: 192, inset: 0.08 },
  "512.png": { side: 512, inset: 0.08 },
  "maskable-512.png": { side: 512, inset: 0.2 },
};

export const dynamic = "force-static";

export function generateStaticParams() {
  return Object.keys(VARIANTS).map((variant) => ({ variant }));
}

export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ variant: string }> }) {
  const icon = VARIANTS[(await params).variant];
  if (!icon) return new Response("Not found", { status: 404 });
  return flameIcon(icon.side, icon.inset);
}
