// The signed-in person's e-mail settings: digest regions and notices about requests they follow.
import { emailSettingsSchema, setEmailSettings } from "@/lib/data/notifications";
import { jsonRoute } from "@/lib/http";

export const PUT = jsonRoute({
  schema: emailSettingsSchema,
  publicText: false,
  run: (input, { actor }) => setEmailSettings(actor, input),
});
