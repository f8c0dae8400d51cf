// "Forgot password": answers at once, in the same words and the same time whether or not an account
// uses the address; looking the account up and e-mailing the link happen after the response. The
// e-mail is in the account's language (users.locale); the answer in the language of the page that
// asked (lib/http.ts).
import { after } from "next/server";
import { clientIp } from "@/lib/auth/ip";
import { accountLocale } from "@/lib/data/notifications";
import { createPasswordReset } from "@/lib/data/users";
import { emailTranslator, localePath } from "@/lib/email-i18n";
import { jsonRoute } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { consume } from "@/lib/rate-limit";
import { fail } from "@/lib/result";
import { siteUrl } from "@/lib/site";
import { forgotPasswordSchema } from "@/lib/validation/account";

async function emailResetLink(email: string): Promise<void> {
  // More requests for one address than a person needs send nothing more (and say nothing).
  if (!(await consume("resetsPerEmail", email)).ok) return;
  const reset = await createPasswordReset(email);
  if (!reset) return;
  const locale = await accountLocale({ email: reset.user.email });
  const t = emailTranslator(locale);
  const link = `${siteUrl()}${localePath(locale, "/reset-password")}?token=${reset.token}`;
  await sendMail({
    to: reset.user.email,
    subject: t("passwordReset.subject"),
    text: [
      reset.user.name ? t("greeting", { name: reset.user.name }) : t("greetingNoName"),
      t("passwordReset.open"),
      link,
      t("passwordReset.notYou"),
    ].join("\n\n"),
  });
}

export const POST = jsonRoute({
  schema: forgotPasswordSchema,
  publicText: false,
  async run(input, { request, locale }) {
    const t = emailTranslator(locale);
    const limit = await consume("resetsPerAddress", clientIp(request.headers));
    if (!limit.ok) {
      return {
        ...fail(429, t("passwordReset.tooMany")),
        headers: { "Retry-After": String(limit.retryAfterSeconds) },
      };
    }
    after(() =>
      emailResetLink(input.email).catch((error: unknown) =>
        console.error("[mail] password reset e-mail failed:", error),
      ),
    );
    return { ok: true, message: t("passwordReset.sent") };
  },
});
