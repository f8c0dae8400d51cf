// Delete my account (current password and the word DELETE): prayers stay counted, linked to no one.
import { signOut } from "@/lib/auth";
import { deleteMyAccount } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { deleteAccountSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: deleteAccountSchema,
  publicText: false,
  async run(input, { actor }) {
    const deleted = await deleteMyAccount(actor, input);
    if (!deleted.ok) return deleted;
    await signOut({ redirect: false });
    return { ok: true };
  },
});
