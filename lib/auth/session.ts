// Who is asking: the signed-in actor (role read fresh from the database) or null for a visitor.
import "server-only";
import { getActor } from "@/lib/data/users";
import { auth } from "./index";

export async function currentActor() {
  const session = await auth();
  return getActor(session?.user?.id);
}
