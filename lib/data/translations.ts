// Translations of public text: staff write a bulletin's (title, verse, notes, each item) or a case
// update's text in Spanish, French or Portuguese; pages in that language show it, and the original
// where there is none (the view says which). Prayers, follows and counts belong to the original
// request, whatever language it was read in. The routes run the survivor-safety check on every
// translated text before these functions write it (lib/http.ts).
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import {
  auditLog,
  bulletinItems,
  regions,
  requests,
  bulletins,
  bulletinTranslations,
  requestTranslations,
  updates,
  updateTranslations,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { excerpt, renderMarkdown } from "@/lib/markdown";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import type {
  BulletinTranslationInput,
  UpdateTranslationInput,
} from "@/lib/validation/translations";
import { recordAudit, recordSafetyConfirmation } from "./audit";
import type { BulletinItemView, BulletinView } from "./bulletins";
import { getDb, type Tx } from "./db";

type TranslatedLocale = Exclude<Locale, "en">;

/**
 * One translation write: permission, then `write` in a transaction, then the audit entry (and the
 * safety confirmation, when staff confirmed flagged words) for the entity it translated.
 */
async function translationWrite<T extends object>(
  actor: Actor | null,
  action: "bulletin.write" | "request.write",
  entry: { entityType: "bulletin" | "update"; entityId: number; locale: TranslatedLocale },
  safetyConfirmed: readonly string[],
  write: (tx: Tx) => Promise<Result<T> | { audit: Record<string, unknown>; result: T }>,
): Promise<Result<T>> {
  const allowed = permit(actor, { action });
  if (!allowed.ok) return allowed;
  const staff = allowed.actor;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const done = await write(tx);
    if (!("audit" in done)) return done;
    const { entityType, entityId, locale } = entry;
    await recordAudit(tx, {
      actor: staff,
      entityType,
      entityId,
      action: `saved the ${locale} translation`,
      after: { locale, ...done.audit },
    });
    await recordSafetyConfirmation(tx, staff, entityType, entityId, safetyConfirmed);
    return { ok: true as const, ...done.result };
  });
}

/** Writes a bulletin's translation inside `tx` (the bulletin and every item checked first). */
async function writeBulletinTranslation(
  tx: Tx,
  bulletinId: number,
  locale: TranslatedLocale,
  input: BulletinTranslationInput,
): Promise<Result | { audit: Record<string, unknown>; result: object }> {
  const [bulletin] = await tx
    .select({ id: bulletins.id })
    .from(bulletins)
    .where(eq(bulletins.id, bulletinId))
    .limit(1);
  if (!bulletin) return fail(404, "There is no such bulletin.");
  const itemIds = new Set(
    (
      await tx
        .select({ requestId: bulletinItems.requestId })
        .from(bulletinItems)
        .where(eq(bulletinItems.bulletinId, bulletinId))
    ).map((row) => row.requestId),
  );
  const stranger = input.items.find((item) => !itemIds.has(item.requestId));
  if (stranger)
    return fail(422, "A translated item is not in this bulletin.", {
      items: "A translated item is not in this bulletin.",
    });
  const now = new Date();
  const values = {
    title: input.title,
    verseText: input.verseText,
    verseReference: input.verseReference,
    notes: input.notes,
    updatedAt: now,
  };
  await tx
    .insert(bulletinTranslations)
    .values({ bulletinId, locale, ...values })
    .onConflictDoUpdate({
      target: [bulletinTranslations.bulletinId, bulletinTranslations.locale],
      set: values,
    });
  for (const item of input.items) {
    const rendered = {
      title: item.title,
      body: item.body,
      bodyHtml: renderMarkdown(item.body),
      excerpt: excerpt(item.body),
      updatedAt: now,
    };
    await tx
      .insert(requestTranslations)
      .values({ requestId: item.requestId, locale, ...rendered })
      .onConflictDoUpdate({
        target: [requestTranslations.requestId, requestTranslations.locale],
        set: rendered,
      });
  }
  return {
    audit: { title: input.title, items: input.items.map((i) => i.requestId) },
    result: {},
  };
}

/** Saves (or replaces) a bulletin's translation into `locale`, items included, in one transaction. */
export async function saveBulletinTranslation(
  actor: Actor | null,
  bulletinId: number,
  locale: TranslatedLocale,
  input: BulletinTranslationInput,
  safetyConfirmed: readonly string[] = [],
): Promise<Result> {
  const entry = { entityType: "bulletin" as const, entityId: bulletinId, locale };
  return translationWrite(actor, "bulletin.write", entry, safetyConfirmed, (tx) =>
    writeBulletinTranslation(tx, bulletinId, locale, input),
  );
}

/**
 * The command line's import of a translation (`npm run bulletin:import -- FILE --translation-of ID
 * --locale es`): run by whoever runs the server, so no signed-in person; the script ran the safety
 * check, and flagged words it was told to accept are recorded in the audit log.
 */
export async function importBulletinTranslation(
  bulletinId: number,
  locale: TranslatedLocale,
  input: BulletinTranslationInput,
  safetyConfirmed: readonly string[] = [],
): Promise<Result> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const done = await writeBulletinTranslation(tx, bulletinId, locale, input);
    if (!("audit" in done)) return done;
    await tx.insert(auditLog).values({
      actorId: null,
      entityType: "bulletin",
      entityId: bulletinId,
      action: `imported the ${locale} translation${safetyConfirmed.length ? " despite safety flags (confirmed on the command line)" : ""}`,
      after: { locale, ...done.audit, safetyFlagsConfirmed: [...safetyConfirmed] },
    });
    return { ok: true as const };
  });
}

/** A bulletin's items, in order, with their region: what a pasted translation is laid onto. */
export async function bulletinItemRegions(
  bulletinId: number,
): Promise<{ requestId: number; region: string }[]> {
  const db = await getDb();
  return db
    .select({ requestId: bulletinItems.requestId, region: regions.slug })
    .from(bulletinItems)
    .innerJoin(requests, eq(requests.id, bulletinItems.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(eq(bulletinItems.bulletinId, bulletinId))
    .orderBy(asc(bulletinItems.position));
}

/** Saves (or replaces) a case update's translation into `locale`. */
export async function saveUpdateTranslation(
  actor: Actor | null,
  updateId: number,
  locale: TranslatedLocale,
  input: UpdateTranslationInput,
  safetyConfirmed: readonly string[] = [],
): Promise<Result<{ requestId: number }>> {
  const entry = { entityType: "update" as const, entityId: updateId, locale };
  return translationWrite(actor, "request.write", entry, safetyConfirmed, async (tx) => {
    const [update] = await tx
      .select({ requestId: updates.requestId })
      .from(updates)
      .where(eq(updates.id, updateId))
      .limit(1);
    if (!update) return fail(404, "There is no such update.");
    const values = {
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      updatedAt: new Date(),
    };
    await tx
      .insert(updateTranslations)
      .values({ updateId, locale, ...values })
      .onConflictDoUpdate({
        target: [updateTranslations.updateId, updateTranslations.locale],
        set: values,
      });
    return { audit: { body: input.body }, result: { requestId: update.requestId } };
  });
}

export interface StaffTranslation {
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  items: { requestId: number; title: string; body: string }[];
}

/** A bulletin's saved translation into `locale` for the editor, or null when there is none yet. */
export async function getBulletinTranslation(
  actor: Actor | null,
  bulletinId: number,
  locale: TranslatedLocale,
): Promise<Result<{ translation: StaffTranslation | null }>> {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const [head] = await db
    .select()
    .from(bulletinTranslations)
    .where(
      and(eq(bulletinTranslations.bulletinId, bulletinId), eq(bulletinTranslations.locale, locale)),
    )
    .limit(1);
  const items = await db
    .select({
      requestId: requestTranslations.requestId,
      title: requestTranslations.title,
      body: requestTranslations.body,
    })
    .from(requestTranslations)
    .innerJoin(bulletinItems, eq(bulletinItems.requestId, requestTranslations.requestId))
    .where(and(eq(bulletinItems.bulletinId, bulletinId), eq(requestTranslations.locale, locale)));
  if (!head && items.length === 0) return { ok: true, translation: null };
  return {
    ok: true,
    translation: {
      title: head?.title ?? "",
      verseText: head?.verseText ?? "",
      verseReference: head?.verseReference ?? "",
      notes: head?.notes ?? [],
      items,
    },
  };
}

/** The saved translations of these updates, by update id and language, for the staff editor. */
export async function updateTranslationsForStaff(
  actor: Actor | null,
  updateIds: readonly number[],
): Promise<Result<{ byUpdate: Record<number, Partial<Record<TranslatedLocale, string>>> }>> {
  const allowed = permit(actor, { action: "request.write" });
  if (!allowed.ok) return allowed;
  const byUpdate: Record<number, Partial<Record<TranslatedLocale, string>>> = {};
  if (updateIds.length === 0) return { ok: true, byUpdate };
  const db = await getDb();
  const rows = await db
    .select({
      updateId: updateTranslations.updateId,
      locale: updateTranslations.locale,
      body: updateTranslations.body,
    })
    .from(updateTranslations)
    .where(inArray(updateTranslations.updateId, [...updateIds]));
  for (const row of rows)
    (byUpdate[row.updateId] ??= {})[row.locale as TranslatedLocale] = row.body;
  return { ok: true, byUpdate };
}

// ---- reading: the public views in the reader's language ----

/** Whether text was shown in the reader's language or fell back to the original. */
export interface Translated {
  /** False when the reader's language has no translation and the original is shown. */
  translated: boolean;
}

/** Request titles, bodies and excerpts in `locale`, for the ids that have one. */
export async function requestTranslationsFor(ids: readonly number[], locale: Locale) {
  const found = new Map<
    number,
    { title: string; body: string; bodyHtml: string; excerpt: string }
  >();
  if (locale === "en" || ids.length === 0) return found;
  const db = await getDb();
  const rows = await db
    .select({
      requestId: requestTranslations.requestId,
      title: requestTranslations.title,
      body: requestTranslations.body,
      bodyHtml: requestTranslations.bodyHtml,
      excerpt: requestTranslations.excerpt,
    })
    .from(requestTranslations)
    .where(
      and(inArray(requestTranslations.requestId, [...ids]), eq(requestTranslations.locale, locale)),
    );
  for (const row of rows) found.set(row.requestId, row);
  return found;
}

/** Requests (cards, lists) with their text in `locale` where translated. */
export async function translateRequests<
  T extends { id: number; title: string; excerpt: string; bodyHtml?: string },
>(items: readonly T[], locale: Locale): Promise<(T & Translated)[]> {
  if (locale === "en") return items.map((item) => ({ ...item, translated: true }));
  const found = await requestTranslationsFor(
    items.map((item) => item.id),
    locale,
  );
  return items.map((item) => {
    const t = found.get(item.id);
    if (!t) return { ...item, translated: false };
    return {
      ...item,
      title: t.title,
      excerpt: t.excerpt,
      ...(item.bodyHtml !== undefined ? { bodyHtml: t.bodyHtml } : {}),
      translated: true,
    };
  });
}

/** A bulletin's own words (title, verse, and notes when it has them) in `locale`, where translated. */
export async function translateBulletinHead<
  T extends {
    id: number;
    title: string;
    verseText: string;
    verseReference: string;
    notes?: string[];
  },
>(bulletin: T, locale: Locale): Promise<T & Translated> {
  if (locale === "en") return { ...bulletin, translated: true };
  const db = await getDb();
  const [head] = await db
    .select()
    .from(bulletinTranslations)
    .where(
      and(
        eq(bulletinTranslations.bulletinId, bulletin.id),
        eq(bulletinTranslations.locale, locale),
      ),
    )
    .limit(1);
  if (!head) return { ...bulletin, translated: false };
  return {
    ...bulletin,
    title: head.title,
    verseText: head.verseText,
    verseReference: head.verseReference,
    ...(bulletin.notes ? { notes: head.notes } : {}),
    translated: true,
  };
}

/** A public bulletin in `locale`: its own words and each item's where translated. */
export async function translateBulletin(
  bulletin: BulletinView,
  locale: Locale,
): Promise<BulletinView & Translated & { items: (BulletinItemView & Translated)[] }> {
  if (locale === "en")
    return {
      ...bulletin,
      translated: true,
      items: bulletin.items.map((item) => ({ ...item, translated: true })),
    };
  const db = await getDb();
  const [head] = await db
    .select()
    .from(bulletinTranslations)
    .where(
      and(
        eq(bulletinTranslations.bulletinId, bulletin.id),
        eq(bulletinTranslations.locale, locale),
      ),
    )
    .limit(1);
  const items = await translateRequests(bulletin.items, locale);
  if (!head) return { ...bulletin, translated: false, items };
  return {
    ...bulletin,
    title: head.title,
    verseText: head.verseText,
    verseReference: head.verseReference,
    notes: head.notes,
    translated: true,
    items,
  };
}

/** Case updates' bodies in `locale` where translated (the others keep the original). */
export async function translateUpdates<T extends { id: number; bodyHtml: string }>(
  list: readonly T[],
  locale: Locale,
): Promise<(T & Translated)[]> {
  if (locale === "en" || list.length === 0) return list.map((u) => ({ ...u, translated: true }));
  const db = await getDb();
  const rows = await db
    .select({ updateId: updateTranslations.updateId, bodyHtml: updateTranslations.bodyHtml })
    .from(updateTranslations)
    .where(
      and(
        inArray(
          updateTranslations.updateId,
          list.map((u) => u.id),
        ),
        eq(updateTranslations.locale, locale),
      ),
    );
  const found = new Map(rows.map((row) => [row.updateId, row.bodyHtml]));
  return list.map((u) => {
    const html = found.get(u.id);
    return html === undefined
      ? { ...u, translated: false }
      : { ...u, bodyHtml: html, translated: true };
  });
}
