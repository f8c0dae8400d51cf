// The messages and formats of one request's language (next-intl reads this for every server
// component; the [locale] segment sets the language with setRequestLocale).
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { appTimeZone } from "@/lib/time";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: appTimeZone() };
});
