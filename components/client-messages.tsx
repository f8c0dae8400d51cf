// The catalogues the browser gets: only the namespaces client components use, so a page's HTML does
// not carry every word of the app (the staff, e-mail and validation catalogues stay on the server).
// The layout gives every page PUBLIC_CLIENT_NAMESPACES; staff and admin pages add theirs.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Namespace } from "@/i18n/messages";

export const PUBLIC_CLIENT_NAMESPACES: readonly Namespace[] = [
  "common",
  "requests",
  "pray",
  "account",
  "me",
  "churches",
  "freedomSunday",
];

export async function ClientMessages({
  extra = [],
  children,
}: {
  extra?: readonly Namespace[];
  children: React.ReactNode;
}) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const picked = Object.fromEntries(
    [...PUBLIC_CLIENT_NAMESPACES, ...extra].map((ns) => [ns, messages[ns]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
