// Page guards: visitors go to sign-in (and come back), the wrong role gets the 403 page.
import "server-only";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { authorize, type Actor, type Permission } from "@/lib/permissions";
import { currentActor } from "./session";

export async function requirePermission(
  permission: Permission,
  returnTo: string,
): Promise<Actor & { name: string | null; email: string }> {
  const actor = await currentActor();
  if (!actor)
    return redirect({
      href: `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`,
      locale: await getLocale(),
    });
  if (!authorize(actor, permission).ok) return forbidden();
  return actor;
}
