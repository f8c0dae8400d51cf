// Opening the link sent to a new e-mail address: the account's address changes, and the old
// address is told (so a change nobody asked for does not go unnoticed), in the account's language.
import { after } from "next/server";
import { confirmEmailChange } from "@/lib/data/account";
import { accountLocale } from "@/lib/data/notifications";
import { emailTranslator } from "@/lib/email-i18n";
import { jsonRoute } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { confirmEmailChangeSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: confirmEmailChangeSchema,
  publicText: false,
  async run(input) {
    const changed = await confirmEmailChange(input.token);
    if (!changed.ok) return changed;
    after(async () => {
      try {
        // The account now has the new address: it finds the account, and so its language.
        const t = emailTranslator(await accountLocale({ email: changed.email }));
        await sendMail({
          to: changed.previousEmail,
          subject: t("emailChanged.subject"),
          text: [t("emailChanged.now", { email: changed.email }), t("emailChanged.notYou")].join(
            "\n\n",
          ),
        });
      } catch (error: unknown) {
        console.error("[mail] e-mail change notice failed:", error);
      }
    });
    return { ok: true, email: changed.email };
  },
});
