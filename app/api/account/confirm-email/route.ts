// Opening the link sent to a new e-mail address: the account's address changes, and the old
// address is told (so a change nobody asked for does not go unnoticed).
import { after } from "next/server";
import { confirmEmailChange } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { confirmEmailChangeSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: confirmEmailChangeSchema,
  publicText: false,
  async run(input) {
    const changed = await confirmEmailChange(input.token);
    if (!changed.ok) return changed;
    after(() =>
      sendMail({
        to: changed.previousEmail,
        subject: "Your Intercede e-mail address was changed",
        text: `The e-mail address of your Intercede account is now ${changed.email}.\n\nIf you did not make this change, reset your password from the sign-in page and tell your church's leader.`,
      }).catch((error: unknown) => console.error("[mail] e-mail change notice failed:", error)),
    );
    return { ok: true, email: changed.email };
  },
});
