// A new password, given the current one. Every session of the person ends; this browser is signed
// straight back in with the new password.
import { signIn } from "@/lib/auth";
import { changePassword } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { passwordChangeSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: passwordChangeSchema,
  publicText: false,
  async run(input, { actor }) {
    const changed = await changePassword(actor, input);
    if (!changed.ok) return changed;
    await signIn("credentials", {
      email: changed.email,
      password: input.newPassword,
      redirect: false,
    });
    return { ok: true, message: "Password changed. You are signed out everywhere else." };
  },
});
