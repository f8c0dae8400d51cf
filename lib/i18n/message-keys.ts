// The server's English messages (zod rules, data-layer refusals, route answers) and their keys in
// the "validation" catalogue, so they can reach the reader in their language without the schemas
// and the data layer knowing about languages. A message with a part known only at run time is a
// pattern: "{max}", "{id}", "{region}"… in the English stand for that part (the catalogue's
// placeholder of the same name). Safe in the browser: no catalogue is imported here (the server's
// lib/i18n/server-messages.ts and the client's lib/i18n/use-translate-message.ts add the words).
// lib/i18n/server-messages.test.ts fails when a message in the code is missing here, or when the
// English here differs from the English catalogue.
import { intlLocales } from "@/lib/time";
import type { Locale } from "@/i18n/locales";

export const serverMessageKeys = {
  // ---- the request itself (lib/http.ts, lib/request-body.ts, lib/api-client.ts, rate limits) ----
  "Send the form as JSON (Content-Type: application/json).": "request.notJson",
  "The request body is not valid JSON.": "request.invalidJson",
  "Cross-site requests are not accepted.": "request.crossSite",
  "Please check the form.": "request.checkForm",
  "That is far more than this form takes.": "request.tooLarge",
  "Could not reach Intercede. Check your connection and try again.": "request.unreachable",
  "Something went wrong ({status}).": "request.failed",

  // ---- who may do what (lib/permissions.ts) ----
  "Please sign in first.": "access.signInFirst",
  "Only the mission's staff can do this.": "access.staffOnly",
  "Only an administrator can do this.": "access.adminOnly",
  "Only church leaders can register a church.": "access.leadersRegister",
  "Only this church's leaders can do this.": "access.churchLeadersOnly",
  "Only this church's members can see its plan.": "access.churchMembersOnly",
  "You can tick only the tasks assigned to you.": "access.ownTasksOnly",
  "You can change only your own reminders.": "access.ownRemindersOnly",

  // ---- accounts (lib/validation/account.ts, lib/data/account.ts, lib/data/users.ts) ----
  "Enter your email address": "account.emailMissing",
  "That email address is too long": "account.emailTooLong",
  "Enter a valid email address, like name@example.org": "account.emailInvalid",
  "Enter a password": "account.passwordMissing",
  "Use at least {min} characters": "account.passwordTooShort",
  "Use at most {max} characters": "account.passwordTooLong",
  "Enter your name": "account.nameMissing",
  "Use at most {max} characters for your name": "account.nameTooLong",
  "Choose one of the languages offered": "account.localeInvalid",
  "Wrong email or password": "account.wrongCredentials",
  "Wrong email or password.": "account.wrongCredentialsSentence",
  "Enter your password": "account.enterPassword",
  "This reset link is not valid": "account.resetLinkInvalid",
  "Role must be member, leader, staff or admin": "account.roleInvalid",
  "Active must be true or false": "account.activeInvalid",
  "Change either the role or whether the account is active": "account.roleOrActive",
  "Enter your current password": "account.currentPasswordMissing",
  "That is not your current password": "account.currentPasswordWrong",
  "That is not your current password.": "account.currentPasswordWrongSentence",
  "This link is not valid": "account.linkInvalid",
  "Type DELETE to confirm": "account.typeDelete",
  "Too many wrong passwords. Please wait 15 minutes and try again.":
    "account.tooManyWrongPasswords",
  "Too many sign-in attempts from here. Please wait a few minutes and try again.":
    "account.tooManySignIns",
  "Too many sign-up attempts. Please wait a minute and try again.": "account.tooManySignUps",
  "There is no such account.": "account.noSuchAccount",
  "Your account was not found.": "account.notFound",
  "That is already your e-mail address.": "account.sameEmail",
  "Another account uses that address.": "account.emailTaken",
  "Another account now uses that address.": "account.emailTakenSince",
  "This link has expired or was already used. Ask for a new one on your account page.":
    "account.emailLinkExpired",
  "You are the last administrator: make someone else an admin first.": "account.lastAdminSelf",
  "An account with this email already exists. Sign in instead.": "account.emailExists",
  "An account with this email already exists.": "account.emailExistsField",
  "This reset link has expired or was already used. Ask for a new one.": "account.resetLinkExpired",
  "There is no such user.": "account.noSuchUser",
  "This is the last administrator: make someone else an admin first.": "account.lastAdmin",
  "You cannot deactivate your own account. Ask another administrator.":
    "account.cannotDeactivateSelf",
  "This is the last active administrator: it stays active.": "account.lastActiveAdmin",
  "Password changed. You are signed out everywhere else.": "account.passwordChanged",
  "Choose a time zone": "account.timeZoneMissing",
  "Choose a time zone from the list": "account.timeZoneInvalid",

  // ---- prayer reminders (lib/validation/reminders.ts, lib/data/reminders.ts) ----
  "Choose days of the week": "reminders.daysInvalid",
  "Choose at least one day": "reminders.daysMissing",
  "Choose a time": "reminders.timeMissing",
  "Give the time as HH:MM, from 00:00 to 23:59": "reminders.timeInvalid",
  "Say whether to remind you by notification (true or false)": "reminders.byPushInvalid",
  "Say whether to remind you by e-mail (true or false)": "reminders.byEmailInvalid",
  "Give the subscription's endpoint": "reminders.endpointMissing",
  "The subscription's endpoint is too long (at most 1,000 characters)": "reminders.endpointTooLong",
  "The subscription's endpoint must be the https address of a push service":
    "reminders.endpointInvalid",
  "The subscription's p256dh key is not valid": "reminders.p256dhInvalid",
  "The subscription's auth secret is not valid": "reminders.authInvalid",
  "Choose how to be reminded: a notification, an e-mail or both.": "reminders.noChannel",
  "Your reminder is saved.": "reminders.saved",
  "Reminders stopped.": "reminders.stopped",

  // ---- e-mail settings and unsubscribing (lib/data/notifications.ts) ----
  "Give a list of regions": "notifications.regionsMissing",
  "Name each region by its slug": "notifications.regionSlug",
  "That is more regions than there are": "notifications.tooManyRegions",
  "Say whether to e-mail you about requests you follow (true or false)":
    "notifications.notifyFollows",
  "There is no region “{region}”.": "notifications.unknownRegion",
  "This unsubscribe link is not valid: it may have been changed or cut short. Open the link from the e-mail again, or sign in and change your e-mail settings on your page.":
    "notifications.unsubscribeInvalid",
  "This link belongs to an account that no longer exists.": "notifications.accountGone",

  // ---- dates ----
  "Give the date as YYYY-MM-DD": "dates.format",
  "Give the date as YYYY-MM-DD, like 2026-11-29": "dates.formatExample",
  "Give the date as YYYY-MM-DD, like 2026-11-29.": "dates.formatExampleSentence",
  "That date does not exist": "dates.notReal",
  "That date has passed.": "dates.passed",

  // ---- bulletins, requests and case updates (lib/validation/bulletins.ts, lib/data/staff.ts) ----
  "Choose a region": "bulletins.regionMissing",
  "The country is too long": "bulletins.countryTooLong",
  "Kind must be a prayer request or a praise report": "bulletins.kindInvalid",
  "At most {max} notes": "bulletins.tooManyNotes",
  "At most {max} items in one bulletin": "bulletins.tooManyItems",
  "A bulletin needs at least one item": "bulletins.noItems",
  "Send at least one item's text": "bulletins.importEmpty",
  "An item's text is too long": "bulletins.importItemTooLong",
  "Give the publish time as a date and time, like 2026-12-06T09:00": "bulletins.publishAtFormat",
  "Give the publish time as a real date and time, like 2026-12-06T09:00":
    "bulletins.publishAtInvalid",
  "Status must be open or archived": "bulletins.statusInvalid",
  "Choose update, answered or reopened": "bulletins.updateKindInvalid",
  "There is no such bulletin.": "bulletins.noSuchBulletin",
  "Item {n}: there is no region “{region}”.": "bulletins.itemUnknownRegion",
  "Item {n} repeats a request already in this bulletin.": "bulletins.itemRepeats",
  "There is no request {id} to carry over.": "bulletins.noRequestToCarry",
  "Add the verse and its reference before publishing.": "bulletins.verseBeforePublish",
  "Add at least one item before publishing.": "bulletins.itemBeforePublish",
  "Every item needs a title and some text before publishing.": "bulletins.itemsComplete",
  "This bulletin is not published.": "bulletins.notPublished",
  "This request is already marked answered.": "requests.alreadyAnswered",
  "This request is already open.": "requests.alreadyOpen",
  "There is no such request.": "requests.noSuchRequest",
  "An update cannot be dated in the future.": "requests.updateInFuture",
  "This text may identify someone. Check the flagged words, edit them, or confirm they are safe.":
    "safety.flagged",

  // ---- staff translations (lib/validation/translations.ts, lib/data/translations.ts) ----
  "Choose Spanish, French or Portuguese": "translations.localeInvalid",
  "At most {max} items": "translations.tooManyItems",
  "A translated item is not in this bulletin.": "translations.itemNotInBulletin",
  "There is no such update.": "translations.noSuchUpdate",
  "There is no such language to translate into.": "translations.noSuchLanguage",

  // ---- the texts of a bulletin, an update, a church, a task (the schemas' text helpers) ----
  "An item's title is missing": "fields.itemTitle.missing",
  "An item's title is empty": "fields.itemTitle.empty",
  "An item's title is too long (at most {max} characters)": "fields.itemTitle.tooLong",
  "An item's text is missing": "fields.itemText.missing",
  "An item's text is empty": "fields.itemText.empty",
  "An item's text is too long (at most {max} characters)": "fields.itemText.tooLong",
  "The title is missing": "fields.title.missing",
  "The title is empty": "fields.title.empty",
  "The title is too long (at most {max} characters)": "fields.title.tooLong",
  "The verse is missing": "fields.verse.missing",
  "The verse is empty": "fields.verse.empty",
  "The verse is too long (at most {max} characters)": "fields.verse.tooLong",
  "The verse's reference is missing": "fields.verseReference.missing",
  "The verse's reference is empty": "fields.verseReference.empty",
  "The verse's reference is too long (at most {max} characters)": "fields.verseReference.tooLong",
  "A note is missing": "fields.note.missing",
  "A note is empty": "fields.note.empty",
  "A note is too long (at most {max} characters)": "fields.note.tooLong",
  "The update is missing": "fields.update.missing",
  "The update is empty": "fields.update.empty",
  "The update is too long (at most {max} characters)": "fields.update.tooLong",
  "The church's name is missing": "fields.churchName.missing",
  "The church's name is empty": "fields.churchName.empty",
  "The church's name is too long (at most {max} characters)": "fields.churchName.tooLong",
  "The city is missing": "fields.city.missing",
  "The city is empty": "fields.city.empty",
  "The city is too long (at most {max} characters)": "fields.city.tooLong",
  "The country is missing": "fields.country.missing",
  "The country is empty": "fields.country.empty",
  "The country is too long (at most {max} characters)": "fields.country.tooLong",
  "The task is missing": "fields.task.missing",
  "The task is empty": "fields.task.empty",
  "The task is too long (at most {max} characters)": "fields.task.tooLong",
  "The service times must be text": "fields.serviceTimes.notText",
  "The service times is too long (at most {max} characters)": "fields.serviceTimes.tooLong",
  "The notes must be text": "fields.notes.notText",
  "The notes is too long (at most {max} characters)": "fields.notes.tooLong",
  "The commitments must be text": "fields.commitments.notText",
  "The commitments is too long (at most {max} characters)": "fields.commitments.tooLong",
  "Expected attendance must be a number": "fields.expectedAttendance.notNumber",
  "Expected attendance must be a whole number": "fields.expectedAttendance.notWhole",
  "Expected attendance cannot be negative": "fields.expectedAttendance.negative",
  "Expected attendance must be at most {max} — check the number":
    "fields.expectedAttendance.tooMany",
  "Attendance must be a number": "fields.attendance.notNumber",
  "Attendance must be a whole number": "fields.attendance.notWhole",
  "Attendance cannot be negative": "fields.attendance.negative",
  "Attendance must be at most {max} — check the number": "fields.attendance.tooMany",

  // ---- churches and Freedom Sunday (lib/validation/churches.ts, lib/data/church-*.ts) ----
  "Give the number of days the link works": "churches.inviteDaysMissing",
  "Give a whole number of days": "churches.inviteDaysWhole",
  "An invite link works for at least 1 day": "churches.inviteDaysMin",
  "An invite link works for at most {days} days": "churches.inviteDaysMax",
  "This invite link is not valid.": "churches.inviteInvalid",
  "There is no such invite link.": "churches.noSuchInvite",
  "This invite link has expired or was revoked. Ask your church leader for a new one.":
    "churches.inviteExpired",
  "Status must be planning, confirmed or held": "churches.eventStatusInvalid",
  "Say whether the event is listed publicly": "churches.isPublicInvalid",
  "Choose who does this task": "churches.assigneeInvalid",
  "Assign the task to someone in your church.": "churches.assigneeNotMember",
  "Say whether the task is done (true or false)": "churches.doneInvalid",
  "Say whether the task is done (true or false).": "churches.doneInvalidSentence",
  "There is no such task.": "churches.noSuchTask",
  "Give request ids as numbers": "churches.featuredNotNumbers",
  "Give request ids as whole numbers": "churches.featuredNotWhole",
  "Give request ids as positive numbers": "churches.featuredNotPositive",
  "That is not a request id": "churches.featuredNotId",
  "Give the list of request ids": "churches.featuredMissing",
  "Feature at most {max} requests in one service": "churches.featuredTooMany",
  "Each request can be featured only once": "churches.featuredTwice",
  "Request {id} cannot be featured: only open, published requests can.": "churches.notFeaturable",
  "There is no such church.": "churches.noSuchChurch",
  "There is no such Freedom Sunday.": "churches.noSuchEvent",
  "Your church already has a Freedom Sunday on that date.": "churches.duplicateDate",
  "Freedom Sunday is on a Sunday: {date} is a {weekday}.": "churches.notSunday",
  "This Freedom Sunday has been held; its date cannot change.": "churches.heldDate",
  "This Freedom Sunday has been held; its status cannot change.": "churches.heldStatus",
  "Confirm the plan before marking the service as held.": "churches.confirmBeforeHeld",
  "Mark the service as held on or after its date.": "churches.heldTooEarly",
  "You can report on your Freedom Sunday once the service has taken place.":
    "churches.reportTooEarly",

  // ---- praying, following, counts, list filters (lib/validation/prayers.ts, ids.ts, requests.ts) ----
  "Give the request's id": "requests.idMissing",
  "Say whether to follow (true or false)": "requests.followInvalid",
  "Say whether the request is on your list (true or false)": "requests.pinInvalid",
  "Give the moment of the prayer as an ISO 8601 date and time": "requests.prayedAtInvalid",
  "A prayer cannot be dated in the future": "requests.prayedAtFuture",
  "A prayer marked offline can be sent for up to three days": "requests.prayedAtTooOld",
  "Give the prayer's key as a UUID": "requests.prayerKeyInvalid",
  "ids must be a comma-separated list of request ids": "requests.idsFormat",
  "Give at least one id": "requests.noIds",
  "At most {max} ids": "requests.tooManyIds",
  "Unknown region": "filters.unknownRegion",
  "Kind must be “request” or “praise”": "filters.kindInvalid",
  "Status must be open, answered or archived": "filters.statusInvalid",
  "Not a valid value": "filters.invalidValue",
  "There is no region called “{region}”": "filters.noSuchRegion",
  // ---- prayer meetings (lib/data/meetings.ts, lib/validation/meetings.ts, app/api/meetings) ----
  "There is no bulletin to pray through yet.": "meetings.noBulletin",
  "There is no such prayer meeting.": "meetings.noSuchMeeting",
  "Only the person presenting can move the meeting.": "meetings.presenterOnly",
  "Give the step as a number": "meetings.stepInvalid",
  "Send this screen's key": "meetings.viewerInvalid",
  // ---- where a safety flag is, and what it says (lib/safety/check.ts, lib/safety/pii.ts, routes) ----
  "The title": "safety.where.title",
  "Note {n}": "safety.where.note",
  "Item {n}": "safety.where.item",
  "The church's name": "safety.where.churchName",
  "The city": "safety.where.city",
  "Service times": "safety.where.serviceTimes",
  "The update": "safety.where.update",
  "{match} looks like a full name. Use a pseudonym marked with * (e.g. {pseudonym}) or remove it.":
    "safety.flags.fullName",
  "{match} looks like a person’s name. Describe the role instead (e.g. {role}) or use a pseudonym marked with *.":
    "safety.flags.nameRole",
  "{match} looks like a person’s name. Use a pseudonym marked with * (e.g. {pseudonym}) or remove it.":
    "safety.flags.name",
  "{match} gives a name, an exact age and a place, which together can identify someone. Use a pseudonym marked with * (e.g. {pseudonym}) and an age range (e.g. “a teenager”), or name only the country.":
    "safety.flags.nameAgePlace",
  "An exact age ({age}) together with a town ({town}) can identify someone. Give an age range (e.g. “a teenager”) or name only the country.":
    "safety.flags.ageAndTown",
  "{match} looks like a phone number. Remove it before publishing.": "safety.flags.phone",
  "{match} looks like an e-mail address. Remove it before publishing.": "safety.flags.email",
  "{match} looks like a street address. Remove it, or name only the country or region.":
    "safety.flags.streetAddress",
  // ---- the bulletin parser's warnings and doubts (lib/bulletin/parser.ts; checked by running it,
  // lib/bulletin/parser-messages.test.ts) ----
  "The text is empty: paste the bulletin as it was e-mailed.": "parser.empty",
  "The first line is long for a title; check the title.": "parser.longTitle",
  "The heading {heading} has nothing under it.": "parser.emptyHeading",
  "Unknown region heading {heading}: its items go to a proposed new region “{slug}”.":
    "parser.unknownRegion",
  "Could not tell the region of: {title}; it is under HQ & Global Partners.":
    "parser.itemRegionUnknown",
  "No scripture verse found.": "parser.noVerse",
  "No region heading found; regions guessed from countries.": "parser.noRegionHeadings",
  "No prayer requests or praise reports found.": "parser.noItems",
  "Kind taken from the list's lead-in.": "parser.kindFromLeadIn",
  "Kind taken from the heading above it.": "parser.kindFromHeading",
  "It both gives thanks and asks: check the kind.": "parser.kindMixed",
  "New region proposed from the heading “{heading}”.": "parser.regionProposed",
  "The heading “{heading}” names no region: region taken from the countries under it.":
    "parser.regionFromCountries",
  "The heading “{heading}” names no region: region taken from the country named.":
    "parser.regionFromCountry",
  "No region heading: region taken from the country named.": "parser.regionFromCountryNoHeading",
  "Could not tell the region.": "parser.regionNotTold",
  "Long: it may hold more than one item.": "parser.long",
  "Very short: check that it is an item.": "parser.short",
  // parseRequestFilters: "<problem>: “<what the address said>”"; the problem is translated too.
  "{problem}: “{value}”": "filters.problem",
} as const;

export type ServerMessageKey = (typeof serverMessageKeys)[keyof typeof serverMessageKeys];

/** A message found in the map: its key and, for a pattern, the parts the English filled in. */
export interface MessageMatch {
  key: ServerMessageKey;
  values: Record<string, string>;
}

const exact = new Map<string, ServerMessageKey>();
const patterns: { regex: RegExp; names: string[]; key: ServerMessageKey; weight: number }[] = [];
for (const [english, key] of Object.entries(serverMessageKeys)) {
  const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (names.length === 0) {
    exact.set(english, key);
    continue;
  }
  const source = english
    .split(/\{\w+\}/)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("(.+?)");
  // The pattern with the most fixed text wins ("{problem}: “{value}”" only when nothing else fits).
  const weight = english.replace(/\{\w+\}/g, "").length;
  patterns.push({ regex: new RegExp(`^${source}$`, "s"), names, key, weight });
}
patterns.sort((a, b) => b.weight - a.weight);

/** The catalogue key of an English server message, with its run-time parts; null if unknown. */
export function messageKeyOf(english: string): MessageMatch | null {
  const key = exact.get(english);
  if (key) return { key, values: {} };
  for (const pattern of patterns) {
    const match = pattern.regex.exec(english);
    if (match)
      return {
        key: pattern.key,
        values: Object.fromEntries(pattern.names.map((name, i) => [name, match[i + 1]!])),
      };
  }
  return null;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A date as formatDate writes it in English ("29 November 2026"), in `locale`; else as it was. */
function localDate(english: string, locale: Locale): string {
  const match = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(english);
  const month = match ? MONTHS.indexOf(match[2]!) : -1;
  if (!match || month < 0) return english;
  const at = new Date(Date.UTC(Number(match[3]), month, Number(match[1]), 12));
  return new Intl.DateTimeFormat(intlLocales[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(at);
}

/** An English weekday's name in `locale` ("Monday" → "lunes"); else as it was. */
function localWeekday(english: string, locale: Locale): string {
  const index = WEEKDAYS.indexOf(english);
  if (index < 0) return english;
  // 7 January 2024 was a Sunday.
  return new Intl.DateTimeFormat(intlLocales[locale], { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 7 + index, 12)),
  );
}

export type MessageTranslator = (key: ServerMessageKey, values: Record<string, unknown>) => string;

/**
 * `english` in `locale` through `t` (a translator for the "validation" namespace), or `english`
 * itself when it is not a known message. The parts a pattern filled in follow the language too:
 * numbers ("20,000") become numbers the message formats, dates and weekdays are written in
 * `locale`, and a part that is itself a known message is translated.
 */
export function translateWith(
  english: string,
  locale: Locale,
  t: MessageTranslator,
  depth = 0,
): string {
  if (locale === "en") return english;
  const found = messageKeyOf(english);
  if (!found) return english;
  const values: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(found.values)) {
    if (/^\d{1,3}(,\d{3})+$|^\d{1,15}$/.test(text)) values[name] = Number(text.replaceAll(",", ""));
    else if (name === "date") values[name] = localDate(text, locale);
    else if (name === "weekday") values[name] = localWeekday(text, locale);
    else values[name] = depth < 2 ? translateWith(text, locale, t, depth + 1) : text;
  }
  try {
    return t(found.key, values);
  } catch {
    return english;
  }
}
