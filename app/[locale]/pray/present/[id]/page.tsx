// One prayer meeting: the presenter's screen (who started it) moves it; anyone with its link follows.
// Rendered for each visit: it is live.
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrayerMeeting } from "@/components/prayer-meeting";
import { CountsProvider } from "@/components/prayer-counts";
import { QrCode } from "@/components/share/qr-code";
import { getPathname } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page";
import { privatePageTitle } from "@/i18n/page-title";
import { currentActor } from "@/lib/auth/session";
import { getLatestBulletin } from "@/lib/data/bulletins";
import { getMeeting } from "@/lib/data/meetings";
import { listPublicRequestsIn } from "@/lib/data/requests";
import { translateBulletinHead, translateRequests } from "@/lib/data/translations";
import { guidedItems } from "@/lib/guided-items";
import { siteUrl } from "@/lib/site";
import { meetingIdSchema } from "@/lib/validation/meetings";

type Params = Promise<{ locale: string; id: string }>;

export const generateMetadata = privatePageTitle("pray", "present.title");

export default async function MeetingPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const parsed = meetingIdSchema.safeParse((await params).id);
  const meeting = parsed.success ? await getMeeting(parsed.data) : null;
  if (!meeting) notFound();
  const [actor, t, common, latest, requests] = await Promise.all([
    currentActor(),
    getTranslations("pray"),
    getTranslations("common"),
    getLatestBulletin(),
    listPublicRequestsIn(meeting.requestIds),
  ]);
  if (!latest) notFound();
  const [bulletin, translated] = await Promise.all([
    translateBulletinHead(latest, locale),
    translateRequests(requests, locale),
  ]);
  const items = guidedItems(translated, common);
  const presenting = actor?.id === meeting.presenterId;
  const joinUrl = `${siteUrl()}${getPathname({ href: `/pray/present/${meeting.id}`, locale })}`;
  return (
    <CountsProvider ids={items.map((i) => i.id)}>
      <h1 className="sr-only">{t("present.title")}</h1>
      <PrayerMeeting
        id={meeting.id}
        presenting={presenting}
        initialStep={meeting.step}
        verse={{ text: bulletin.verseText, reference: bulletin.verseReference }}
        items={items}
        join={presenting ? <QrCode url={joinUrl} label={t("present.qr")} /> : null}
      />
    </CountsProvider>
  );
}
