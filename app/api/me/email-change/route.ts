// A new e-mail address: the current password first, then a link to the new address; the address
// changes only when that link is opened (app/confirm-email).
import { after } from "next/server";
import { requestEmailChange } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { sendMail } from "@/lib/mail";
import { siteUrl } from "@/lib/site";
import { emailChangeSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: emailChangeSchema,
  publicText: false,
  async run(input, { actor }) {
    const started = await requestEmailChange(actor, input);
    if (!started.ok) return started;
    const link = `${siteUrl()}/confirm-email?token=${started.token}`;
    after(() =>
      sendMail({
        to: started.newEmail,
        subject: "Confirm your new e-mail address for Intercede",
        text: `Hello${started.name ? ` ${started.name}` : ""},\n\nOpen this link within a day to use this address for your Intercede account:\n\n${link}\n\nIf you did not ask for this, ignore this message: nothing changes.`,
      }).catch((error: unknown) => console.error("[mail] e-mail change link failed:", error)),
    );
    return {
      ok: true,
      message: `We sent a link to ${started.newEmail}. Your address changes when you open it.`,
    };
  },
});
