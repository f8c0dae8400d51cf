// "Forgot password": answers at once, in the same words and the same time whether or not an account
// uses the address; looking the account up and e-mailing the link happen after the response.
import { after } from "next/server";
import { clientIp } from "@/lib/auth/ip";
import { createPasswordReset } from "@/lib/data/users";
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
  const link = `${siteUrl()}/reset-password?token=${reset.token}`;
  await sendMail({
    to: reset.user.email,
    subject: "Reset your Intercede password",
    text: `Hello${reset.user.name ? ` ${reset.user.name}` : ""},\n\nSomeone (we hope you) asked to reset the password of your Intercede account. Open this link within an hour to choose a new one:\n\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.`,
  });
}

export const POST = jsonRoute({
  schema: forgotPasswordSchema,
  publicText: false,
  async run(input, { request }) {
    const limit = await consume("resetsPerAddress", clientIp(request.headers));
    if (!limit.ok) {
      return {
        ...fail(429, "Too many requests. Please wait a few minutes and try again."),
        headers: { "Retry-After": String(limit.retryAfterSeconds) },
      };
    }
    after(() =>
      emailResetLink(input.email).catch((error: unknown) =>
        console.error("[mail] password reset e-mail failed:", error),
      ),
    );
    return {
      ok: true,
      message: "If an account uses that address, we have e-mailed it a link to reset the password.",
    };
  },
});
