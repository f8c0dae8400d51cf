// "Sign out everywhere": every session of the person ends, this one included.
import { z } from "@/lib/validation/zod";
import { signOut } from "@/lib/auth";
import { signOutEverywhere } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";

const schema = z.object({});

export const POST = jsonRoute({
  schema,
  publicText: false,
  async run(_input, { actor }) {
    const ended = await signOutEverywhere(actor);
    if (!ended.ok) return ended;
    await signOut({ redirect: false });
    return { ok: true };
  },
});
