// The mail outbox: every message the app sends is recorded, then delivered (SMTP) or kept (no SMTP).
//
// Delivery through SMTP is at most one sender per row at a time: a worker claims a pending row with
// one compare-and-set UPDATE (the attempts it saw, and no live lease), which both dialects run
// atomically, so two workers — a deliver-mail job and `npm run mail:retry`, or two jobs — never send
// the same row. While a row is pending, `sent_at` holds when the current attempt's lease ends (each
// claimant says how long it needs: a job leases the row as long as it holds the job); a worker that
// dies mid-send leaves the lease to run out and the row to be retried.
import "server-only";
import { and, asc, count, desc, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import { mailOutbox } from "@/db/schema";
import { authorize, type Actor } from "@/lib/permissions";
import { getDb, paging, type Executor } from "./db";

export const OUTBOX_PAGE_SIZE = 20;
/** A message is tried this many times through SMTP, then marked failed. */
export const MAX_MAIL_ATTEMPTS = 5;
/** How long one claimed attempt may run before another worker may take the row over (by default). */
export const MAIL_LEASE_MS = 15 * 60_000;

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** The same key is never queued twice (e.g. one notice per update and person). */
  dedupeKey?: string;
}

export interface ClaimedMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  /** Which attempt this claim is (1 for the first). */
  attempt: number;
  createdAt: Date;
}

function rowOf(mail: OutgoingMail, status: "outbox" | "pending") {
  return {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    headers: mail.headers ?? {},
    status,
    dedupeKey: mail.dedupeKey ?? null,
  };
}

/**
 * Records a message; null when one with the same dedupe key was already recorded. Pass a
 * transaction as `executor` to record it with the write that causes it.
 */
export async function recordMail(
  mail: OutgoingMail,
  status: "outbox" | "pending",
  executor?: Executor,
): Promise<number | null> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .insert(mailOutbox)
    .values(rowOf(mail, status))
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  return row?.id ?? null;
}

/** Records many messages; returns those recorded now (a known dedupe key is skipped), by id. */
export async function recordMails(
  mails: readonly OutgoingMail[],
  status: "outbox" | "pending",
  executor?: Executor,
): Promise<{ id: number; dedupeKey: string | null }[]> {
  const db = executor ?? (await getDb());
  const recorded: { id: number; dedupeKey: string | null }[] = [];
  for (let i = 0; i < mails.length; i += 100) {
    recorded.push(
      ...(await db
        .insert(mailOutbox)
        .values(mails.slice(i, i + 100).map((m) => rowOf(m, status)))
        .onConflictDoNothing()
        .returning({ id: mailOutbox.id, dedupeKey: mailOutbox.dedupeKey })),
    );
  }
  return recorded.sort((a, b) => a.id - b.id);
}

const leaseFree = (now: Date) => or(isNull(mailOutbox.sentAt), lte(mailOutbox.sentAt, now));

/**
 * Claims a pending row for one delivery attempt, leased until `leaseUntil`: null when it is not
 * pending, has no attempts left, or another worker holds it (or just took it).
 */
export async function claimMail(
  id: number,
  now = new Date(),
  leaseUntil = new Date(now.getTime() + MAIL_LEASE_MS),
): Promise<ClaimedMail | null> {
  const db = await getDb();
  const [seen] = await db
    .select({ attempts: mailOutbox.attempts })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.id, id),
        eq(mailOutbox.status, "pending"),
        lt(mailOutbox.attempts, MAX_MAIL_ATTEMPTS),
        leaseFree(now),
      ),
    )
    .limit(1);
  if (!seen) return null;
  const [claimed] = await db
    .update(mailOutbox)
    .set({ attempts: seen.attempts + 1, sentAt: leaseUntil })
    .where(
      and(
        eq(mailOutbox.id, id),
        eq(mailOutbox.status, "pending"),
        eq(mailOutbox.attempts, seen.attempts),
        leaseFree(now),
      ),
    )
    .returning({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      html: mailOutbox.html,
      headers: mailOutbox.headers,
      attempt: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
    });
  return claimed ?? null;
}

/** The claimed attempt went through. */
export async function markMailSent(claim: Pick<ClaimedMail, "id" | "attempt">): Promise<void> {
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: new Date() })
    .where(
      and(
        eq(mailOutbox.id, claim.id),
        eq(mailOutbox.status, "pending"),
        eq(mailOutbox.attempts, claim.attempt),
      ),
    );
}

/** The claimed attempt failed: the row stays pending for a retry unless it was the last attempt. */
export async function markMailFailed(
  claim: Pick<ClaimedMail, "id" | "attempt">,
  error: string,
): Promise<"pending" | "failed"> {
  const db = await getDb();
  const status = claim.attempt >= MAX_MAIL_ATTEMPTS ? "failed" : "pending";
  await db
    .update(mailOutbox)
    .set({ status, lastError: error.slice(0, 1000), sentAt: null })
    .where(
      and(
        eq(mailOutbox.id, claim.id),
        eq(mailOutbox.status, "pending"),
        eq(mailOutbox.attempts, claim.attempt),
      ),
    );
  return status;
}

/** Pending rows no worker holds now, oldest first: what `mail:retry` tries again. */
export async function listRetryableMail(limit: number, now = new Date()): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.status, "pending"),
        lt(mailOutbox.attempts, MAX_MAIL_ATTEMPTS),
        leaseFree(now),
      ),
    )
    .orderBy(asc(mailOutbox.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Pending rows whose attempts ran out without a verdict (a worker died on the last one). */
export async function failExhaustedMail(now = new Date()): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(mailOutbox)
    .set({
      status: "failed",
      lastError: sql`coalesce(${mailOutbox.lastError}, 'No answer from the last attempt')`,
    })
    .where(
      and(
        eq(mailOutbox.status, "pending"),
        sql`${mailOutbox.attempts} >= ${MAX_MAIL_ATTEMPTS}`,
        leaseFree(now),
      ),
    )
    .returning({ id: mailOutbox.id });
  return rows.length;
}

/** Where a row stands, to tell a refused claim's reason: sent or given up, or held by a sender. */
export async function mailState(id: number, now = new Date()) {
  const db = await getDb();
  const [row] = await db
    .select({ status: mailOutbox.status, attempts: mailOutbox.attempts, sentAt: mailOutbox.sentAt })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id))
    .limit(1);
  if (!row) return "missing" as const;
  if (row.status !== "pending") return row.status;
  if (row.attempts >= MAX_MAIL_ATTEMPTS) return "exhausted" as const;
  return row.sentAt && row.sentAt > now ? ("leased" as const) : ("pending" as const);
}

/**
 * The pending rows whose dedupe key starts with `prefix` (e.g. every notice of one update), by id:
 * what a job that recorded them hands on for delivery, again after a crash in between.
 */
export async function pendingMailIds(prefix: string): Promise<number[]> {
  const db = await getDb();
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.status, "pending"),
        sql`${mailOutbox.dedupeKey} LIKE ${pattern} ESCAPE '\\'`,
      ),
    )
    .orderBy(asc(mailOutbox.id));
  return rows.map((r) => r.id);
}

export async function listOutbox(actor: Actor | null, page: number) {
  const decision = authorize(actor, { action: "outbox.read" });
  if (!decision.ok) return decision;
  const db = await getDb();
  const [total] = await db.select({ n: count() }).from(mailOutbox);
  const pages = paging(page, OUTBOX_PAGE_SIZE, Number(total?.n ?? 0));
  const items = await db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset(pages.offset);
  return { ok: true as const, items, ...pages };
}
