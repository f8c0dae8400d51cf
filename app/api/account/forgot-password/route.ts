// "Forgot password": e-mails a one-time link; answers the same whether or not the account exists.
import { clientIp } from "@/lib/auth/ip";
import { createPasswordReset } from "@/lib/data/users";
import { jsonRoute } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { consume } from "@/lib/rate-limit";
import { fail } from "@/lib/result";
import { siteUrl } from "@/lib/site";
import { forgotPasswordSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: forgotPasswordSchema,
  async run(input, { request }) {
    const limit = await consume("password-reset", [
      `ip:${clientIp(request.headers)}`,
      `email:${input.email}`,
    ]);
    if (!limit.ok) return fail(429, "Too many requests. Please wait a minute and try again.");
    const reset = await createPasswordReset(input.email);
    if (reset) {
      const link = `${siteUrl()}/reset-password?token=${reset.token}`;
      await sendMail({
        to: reset.user.email,
        subject: "Reset your Intercede password",
        text: `Hello${reset.user.name ? ` ${reset.user.name}` : ""},\n\nSomeone (we hope you) asked to reset the password of your Intercede account. Open this link within an hour to choose a new one:\n\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.`,
      });
    }
    return {
      ok: true,
      message: "If an account uses that address, we have e-mailed it a link to reset the password.",
    };
  },
});
