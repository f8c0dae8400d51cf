// Sending mail: through SMTP (Nodemailer) when SMTP_URL is set, otherwise into the outbox table and
// the log. Also the app's messages: follow notices and the weekly digest (pure builders), each in
// its recipient's language (the "email" catalogue, lib/email-i18n.ts).
import "server-only";
import nodemailer from "nodemailer";
import {
  claimMail,
  failExhaustedMail,
  listRetryableMail,
  mailState,
  markMailFailed,
  markMailSent,
  recordMails,
  type ClaimedMail,
  type OutgoingMail,
} from "@/lib/data/mail";
import type { Executor } from "@/lib/data/db";
import type { Locale } from "@/i18n/locales";
import { emailTranslator, localePath, type EmailTranslator } from "@/lib/email-i18n";
import { enqueueMany } from "@/lib/jobs";
import { siteUrl } from "./site";
import { formatDate } from "./time";
import { unsubscribeLinks } from "./unsubscribe";
import { env } from "./env";

export type { OutgoingMail };

// ---- delivery ----

const transports = new Map<string, nodemailer.Transporter>();

function transportFor(url: string): nodemailer.Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a claimed attempt must end well within the outbox lease (MAIL_LEASE_MS).
    transport = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 3,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(url, transport);
  }
  return transport;
}

/** Closes pooled SMTP connections (scripts and tests call it before they exit). */
export function closeMail(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}

/** Hands one message to an SMTP server; throws what the server or the network said. */
export async function smtpSend(
  mail: Pick<OutgoingMail, "to" | "subject" | "text" | "headers"> & {
    html?: string | null;
    /** The same on every attempt at one message, so a receiver can tell a repeat. */
    messageId?: string;
  },
  options: { url: string; from: string },
): Promise<void> {
  await transportFor(options.url).sendMail({
    from: options.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? undefined,
    headers: mail.headers,
    messageId: mail.messageId,
  });
}

/** An outbox row's Message-ID: stable across its attempts, unique to the row. */
export function messageIdOf(claim: Pick<ClaimedMail, "id" | "createdAt">): string {
  const host = new URL(siteUrl()).hostname || "intercede.local";
  return `<outbox.${claim.id}.${claim.createdAt.getTime()}@${host}>`;
}

/** Whether messages go out through SMTP ("pending" until sent) or stay in the outbox. */
function queueStatus(): "outbox" | "pending" {
  return env().SMTP_URL ? "pending" : "outbox";
}

/**
 * Records messages (pass a transaction to record them with the write that causes them). Without
 * SMTP recording is the delivery, and the message is logged. Returns the ids recorded now: a known
 * dedupe key records nothing.
 */
export async function queueMail(
  mails: readonly OutgoingMail[],
  executor?: Executor,
): Promise<number[]> {
  if (mails.length === 0) return [];
  const status = queueStatus();
  const recorded = await recordMails(mails, status, executor);
  if (status === "outbox" && recorded.length > 0) {
    const fresh = new Set(recorded.map((r) => r.dedupeKey));
    for (const mail of mails)
      if (!mail.dedupeKey || fresh.has(mail.dedupeKey))
        console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
  }
  return recorded.map((r) => r.id);
}

async function attempt(
  claim: ClaimedMail,
  url: string,
  from: string,
): Promise<{ error: string; final: boolean } | null> {
  try {
    await smtpSend({ ...claim, messageId: messageIdOf(claim) }, { url, from });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = await markMailFailed(claim, message);
    console.warn(
      `[mail] attempt ${claim.attempt} to ${claim.to} failed (${status === "failed" ? "giving up" : "will retry"}): ${message}`,
    );
    return { error: message, final: status === "failed" };
  }
  // The one instant where a message can go twice: the server has said 250 and this process dies
  // before the row is marked sent. The next attempt then sends it again (at-least-once delivery).
  await markMailSent(claim);
  return null;
}

/** What one delivery attempt of one recorded message came to. */
export type MailDelivery =
  | { outcome: "sent" }
  /** Nothing to send: sent already, given up on, or not an SMTP message. */
  | { outcome: "done"; reason: "sent" | "failed" | "outbox" | "exhausted" | "missing" }
  /** Another sender holds the message now: try again once its lease has run out. */
  | { outcome: "busy" }
  /** Refused or unreachable: pending for another attempt, or (final) failed for good. */
  | { outcome: "failed"; error: string; final: boolean }
  /** SMTP_URL is not set: the message waits, pending, until it is. */
  | { outcome: "no-smtp" };

/**
 * One attempt at one recorded message, holding it until `leaseUntil` (a job passes the end of its
 * own lease, so the message and the job come free together when a worker dies).
 */
export async function deliverOne(
  id: number,
  options: { now?: Date; leaseUntil?: Date } = {},
): Promise<MailDelivery> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return { outcome: "no-smtp" };
  const now = options.now ?? new Date();
  const claim = await claimMail(id, now, options.leaseUntil);
  if (!claim) {
    const state = await mailState(id, now);
    // "pending": another sender took it between our look and our claim.
    return state === "leased" || state === "pending"
      ? { outcome: "busy" }
      : { outcome: "done", reason: state };
  }
  const failure = await attempt(claim, SMTP_URL, MAIL_FROM);
  return failure ? { outcome: "failed", ...failure } : { outcome: "sent" };
}

export interface DeliveryReport {
  /** Sent now. */
  sent: number;
  /** Tried and refused or unreachable: still pending for a retry, or failed for good. */
  failed: number;
  /** Not tried: another worker holds it, it was sent already, or it is not an SMTP message. */
  skipped: number;
}

/** Delivers recorded pending messages through SMTP, a few at a time; a no-op without SMTP. */
export async function deliverMail(ids: readonly number[], now?: Date): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, skipped: 0 };
  if (!env().SMTP_URL) return { ...report, skipped: ids.length };
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const result = await deliverOne(id, { now: now ?? new Date() });
      if (result.outcome === "sent") report.sent += 1;
      else if (result.outcome === "failed") report.failed += 1;
      else report.skipped += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(3, queue.length) }, worker));
  return report;
}

/** When the deliver-mail job behind a message sent at once looks at it (then with growing pauses). */
const BACKSTOP_AFTER_MS = 60_000;
/** How long a message sent at once is held: as long as a deliver-mail job holds one. */
const SEND_NOW_LEASE_MS = 180_000;

/**
 * Hands messages recorded by a caller that sends them itself right away to deliver-mail jobs that
 * look a minute later: a message sent by then is left alone; one refused, or whose sender died
 * mid-send, is tried again from there, with growing pauses.
 */
export async function queueBackstop(ids: readonly number[]): Promise<void> {
  await queueDelivery(ids, new Date(Date.now() + BACKSTOP_AFTER_MS));
}

/**
 * Records the message, then delivers it now, in this request. Without SMTP the outbox is the
 * delivery (development and tests read it there). With SMTP a deliver-mail job is queued first as
 * a backstop (queueBackstop), so a refused send — or one cut short by a crash — is retried.
 */
export async function sendMail(
  mail: OutgoingMail,
): Promise<{ id: number | null; delivered: boolean }> {
  const [id = null] = await queueMail([mail]);
  if (id === null) return { id, delivered: false };
  if (queueStatus() === "outbox") return { id, delivered: true };
  await queueBackstop([id]);
  const result = await deliverOne(id, {
    leaseUntil: new Date(Date.now() + SEND_NOW_LEASE_MS),
  });
  return { id, delivered: result.outcome === "sent" };
}

/**
 * Hands recorded messages to deliver-mail jobs (one per message, at `runAt` or now), and returns
 * without waiting for SMTP. A message never gets a second job: handing it on again is a no-op.
 */
export async function queueDelivery(ids: readonly number[], runAt?: Date): Promise<void> {
  await enqueueMany(
    "deliver-mail",
    ids.map((id) => ({ payload: { outboxId: id }, runAt, singletonKey: `outbox:${id}` })),
  );
}

export interface RetryReport extends DeliveryReport {
  /** Pending rows whose attempts ran out while a worker held them: now failed. */
  gaveUp: number;
  /** Set when there is no SMTP server to retry with. */
  note?: string;
}

/** `npm run mail:retry`: one more attempt for each pending message (up to MAX_MAIL_ATTEMPTS in all). */
export async function retryPendingMail(
  options: { limit?: number; now?: Date } = {},
): Promise<RetryReport> {
  const now = options.now ?? new Date();
  const gaveUp = await failExhaustedMail(now);
  if (!env().SMTP_URL)
    return {
      sent: 0,
      failed: 0,
      skipped: 0,
      gaveUp,
      note: "SMTP_URL is not set: pending messages wait until it is.",
    };
  const ids = await listRetryableMail(options.limit ?? 10_000, now);
  return { ...(await deliverMail(ids, options.now)), gaveUp };
}

// ---- the app's messages ----

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Plain text of a Markdown body, cut at a word boundary near `max` characters. */
export function excerpt(markdown: string, max = 240): string {
  const plain = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, "")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

function paragraphsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

function base(): string {
  return siteUrl().replace(/\/+$/, "");
}

/** The dedupe keys of one update's notices start with this (one key per update and person). */
export function noticeKeyPrefix(updateId: number): string {
  return `update:${updateId}:`;
}

/** The dedupe keys of one week's digests start with this (one key per week and person). */
export function digestKeyPrefix(week: string): string {
  return `digest:${week}:`;
}

/** A recipient: the language (users.locale) their e-mails are written in, English when unset. */
export interface MailRecipient {
  id: string;
  email: string;
  name: string | null;
  locale?: Locale;
}

function greetingFor(t: EmailTranslator, name: string | null): string {
  return name ? t("greeting", { name }) : t("greetingNoName");
}

export interface FollowNoticeInput {
  updateId: number;
  recipient: MailRecipient;
  request: { id: number; title: string; regionName: string; country: string | null };
  update: { kind: "update" | "answered" | "reopened"; body: string; postedAt: Date };
}

/**
 * The one e-mail a follower gets for an update, in their language. It names the request and the
 * news, never who else follows or prayed.
 */
export function followNotice(input: FollowNoticeInput): OutgoingMail {
  const { recipient, request, update } = input;
  const locale = recipient.locale ?? "en";
  const t = emailTranslator(locale);
  const link = `${base()}${localePath(locale, `/requests/${request.id}`)}`;
  const unsubscribe = unsubscribeLinks(recipient.id, "follows");
  const subject = t(`follow.subject.${update.kind}`, { title: request.title });
  const place = request.country ? `${request.regionName} · ${request.country}` : request.regionName;
  const greeting = greetingFor(t, recipient.name);
  const intro = t(`follow.intro.${update.kind}`);
  const dated = t("follow.dated", { date: formatDate(update.postedAt, locale) });
  const footer = t("follow.footer", { link: unsubscribe.page });
  const text = [
    greeting,
    intro,
    `${request.title}\n${place}`,
    `${dated}\n${update.body}`,
    t("follow.read", { link }),
    `—\n${footer}`,
  ].join("\n\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<h1 style="font-size:1.25em"><a href="${escapeHtml(link)}">${escapeHtml(request.title)}</a></h1>`,
    `<p>${escapeHtml(place)}</p>`,
    `<p><strong>${escapeHtml(dated)}</strong></p>`,
    paragraphsHtml(update.body),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(t("follow.readLink"))}</a></p>`,
    `<hr><p style="font-size:0.85em">${t.markup("follow.footerHtml", {
      unsubscribe: (chunks) => `<a href="${escapeHtml(unsubscribe.page)}">${chunks}</a>`,
    })}</p>`,
  ].join("\n");
  return {
    to: recipient.email,
    subject,
    text,
    html,
    headers: { ...unsubscribe.headers, "Auto-Submitted": "auto-generated" },
    dedupeKey: `${noticeKeyPrefix(input.updateId)}user:${recipient.id}`,
  };
}

export interface DigestInput {
  week: string;
  recipient: MailRecipient;
  bulletin: { id: number; title: string; verseText: string; verseReference: string };
  /** The bulletin's requests in the recipient's regions, in bulletin order. */
  items: { id: number; title: string; body: string; regionName: string; kind: string }[];
}

/**
 * One person's weekly digest, in their language: the verse, then their regions' requests (titles,
 * excerpts, links).
 */
export function digestMail(input: DigestInput): OutgoingMail {
  const { recipient, bulletin, items } = input;
  const locale = recipient.locale ?? "en";
  const t = emailTranslator(locale);
  const page = (path: string) => `${base()}${localePath(locale, path)}`;
  const unsubscribe = unsubscribeLinks(recipient.id, "digest");
  const groups = new Map<string, DigestInput["items"]>();
  for (const item of items)
    groups.set(item.regionName, [...(groups.get(item.regionName) ?? []), item]);
  const link = (id: number) => page(`/requests/${id}`);
  const itemTitle = (item: DigestInput["items"][number]) =>
    item.kind === "praise" ? t("digest.praise", { title: item.title }) : item.title;
  const greeting = greetingFor(t, recipient.name);
  const intro = t("digest.intro", { title: bulletin.title });
  const verse = `“${bulletin.verseText.trim()}” — ${bulletin.verseReference}`;
  const whole = page(`/bulletins/${bulletin.id}`);
  const settings = page("/me");
  const footer = t("digest.footer", { settings, unsubscribe: unsubscribe.page });
  const sections = [...groups].map(
    ([region, list]) =>
      `${region.toUpperCase()}\n\n${list
        .map((item) => `${itemTitle(item)}\n${excerpt(item.body)}\n${link(item.id)}`)
        .join("\n\n")}`,
  );
  const text = [
    greeting,
    intro,
    verse,
    ...sections,
    t("digest.whole", { link: whole }),
    `—\n${footer}`,
  ].join("\n\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<blockquote><p>${escapeHtml(`“${bulletin.verseText.trim()}”`)}</p><p>— ${escapeHtml(bulletin.verseReference)}</p></blockquote>`,
    ...[...groups].map(
      ([region, list]) =>
        `<h2 style="font-size:1.1em">${escapeHtml(region)}</h2>\n${list
          .map(
            (item) =>
              `<h3 style="font-size:1em"><a href="${escapeHtml(link(item.id))}">${escapeHtml(itemTitle(item))}</a></h3>\n<p>${escapeHtml(excerpt(item.body))}</p>`,
          )
          .join("\n")}`,
    ),
    `<p><a href="${escapeHtml(whole)}">${escapeHtml(t("digest.wholeLink"))}</a></p>`,
    `<hr><p style="font-size:0.85em">${t.markup("digest.footerHtml", {
      settings: (chunks) => `<a href="${escapeHtml(settings)}">${chunks}</a>`,
      unsubscribe: (chunks) => `<a href="${escapeHtml(unsubscribe.page)}">${chunks}</a>`,
    })}</p>`,
  ].join("\n");
  return {
    to: recipient.email,
    subject: t("digest.subject", { title: bulletin.title }),
    text,
    html,
    headers: { ...unsubscribe.headers, "Auto-Submitted": "auto-generated", Precedence: "bulk" },
    dedupeKey: `${digestKeyPrefix(input.week)}user:${recipient.id}`,
  };
}

/** The dedupe key of one member's reminder e-mail for one day of theirs. */
export function reminderKey(userId: string, day: string): string {
  return `reminder:${day}:user:${userId}`;
}

/**
 * A prayer reminder by e-mail, in the member's language: a link to guided prayer, and a stop link
 * (with List-Unsubscribe for mail clients' own button) that ends every reminder at once.
 */
export function reminderMail(input: { day: string; recipient: MailRecipient }): OutgoingMail {
  const { recipient } = input;
  const locale = recipient.locale ?? "en";
  const t = emailTranslator(locale);
  const pray = `${base()}${localePath(locale, "/pray")}`;
  const settings = `${base()}${localePath(locale, "/me")}`;
  const stop = unsubscribeLinks(recipient.id, "reminders");
  const greeting = greetingFor(t, recipient.name);
  const intro = t("reminder.intro");
  const text = [
    greeting,
    intro,
    t("reminder.open", { link: pray }),
    `—\n${t("reminder.footer", { settings, unsubscribe: stop.page })}`,
  ].join("\n\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(pray)}">${escapeHtml(t("reminder.openLink"))}</a></p>`,
    `<hr><p style="font-size:0.85em">${t.markup("reminder.footerHtml", {
      settings: (chunks) => `<a href="${escapeHtml(settings)}">${chunks}</a>`,
      unsubscribe: (chunks) => `<a href="${escapeHtml(stop.page)}">${chunks}</a>`,
    })}</p>`,
  ].join("\n");
  return {
    to: recipient.email,
    subject: t("reminder.subject"),
    text,
    html,
    headers: { ...stop.headers, "Auto-Submitted": "auto-generated" },
    dedupeKey: reminderKey(recipient.id, input.day),
  };
}
