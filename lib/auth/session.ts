// Who is asking: the signed-in actor (role read fresh from the database) or null for a visitor.
import "server-only";
import type { ActorView } from "@/lib/data/sessions";
import { auth } from "./index";

export async function currentActor(): Promise<ActorView | null> {
  // The session callback (lib/auth/index.ts) has just read the user from the database, so the role
  // here is current; a session whose user no longer exists carries no role and counts as a visitor.
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role || !user.email) return null;
  return { id: user.id, role: user.role, name: user.name ?? null, email: user.email };
}
