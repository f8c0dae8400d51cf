// A new e-mail address: the current password first, then a link to the new address; the address
// changes only when that link is opened (app/confirm-email). The e-mail is in the account's
// language (users.locale); the answer in the language of the page that asked (lib/http.ts).
import { after } from "next/server";
import { requestEmailChange } from "@/lib/data/account";
import { accountLocale } from "@/lib/data/notifications";
import { emailTranslator, localePath } from "@/lib/email-i18n";
import { jsonRoute } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { siteUrl } from "@/lib/site";
import { emailChangeSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: emailChangeSchema,
  publicText: false,
  async run(input, { actor, locale }) {
    const started = await requestEmailChange(actor, input);
    if (!started.ok) return started;
    const accountId = actor?.id;
    after(async () => {
      try {
        const language = accountId ? await accountLocale({ id: accountId }) : "en";
        const t = emailTranslator(language);
        const link = `${siteUrl()}${localePath(language, "/confirm-email")}?token=${started.token}`;
        await sendMail({
          to: started.newEmail,
          subject: t("emailChange.subject"),
          text: [
            started.name ? t("greeting", { name: started.name }) : t("greetingNoName"),
            t("emailChange.open"),
            link,
            t("emailChange.ignore"),
          ].join("\n\n"),
        });
      } catch (error: unknown) {
        console.error("[mail] e-mail change link failed:", error);
      }
    });
    return {
      ok: true,
      message: emailTranslator(locale)("emailChange.sent", {
        email: started.newEmail,
      }),
    };
  },
});
