// `npm run bench:seed`: wipes and fills a bench database (default file:data/bench.db) with a large, realistic data set.
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { excerpt, markdownToText, renderMarkdown } from "@/lib/markdown";
import { requestSearchText } from "@/lib/search-text";
import { COUNTRIES, VERSES, createRandom, inventRequest, inventUpdate } from "./content";
import { openRaw, recreatePostgresDatabase, type Raw } from "./raw";

const DAY = 86_400_000;
const WEEK = 7 * DAY;

const { values: args } = parseArgs({
  options: {
    url: { type: "string", default: "file:data/bench.db" },
    requests: { type: "string", default: "10000" },
    bulletins: { type: "string", default: "500" },
    users: { type: "string", default: "50000" },
    prayers: { type: "string", default: "1000000" },
  },
});

function count(name: "requests" | "bulletins" | "users" | "prayers"): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const url = args.url;
const N = {
  requests: count("requests"),
  bulletins: count("bulletins"),
  users: count("users"),
  prayers: count("prayers"),
};
const random = createRandom(20_251_125);
const started = Date.now();
const log = (message: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}`);

/** A SQL string literal (the data is our own; quotes are doubled all the same). */
const q = (text: string | null) => (text === null ? "NULL" : `'${text.replaceAll("'", "''")}'`);

/** Inserts rows (already rendered as "(…)" tuples) in multi-row INSERTs, one transaction per call. */
async function insertRows(
  raw: Raw,
  table: string,
  columns: string,
  rows: string[],
  perStatement = 5_000,
) {
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    statements.push(
      `INSERT INTO ${table} (${columns}) VALUES ${rows.slice(i, i + perStatement).join(",")};`,
    );
  }
  await raw.exec(`BEGIN;\n${statements.join("\n")}\nCOMMIT;`);
}

async function freshDatabase(): Promise<void> {
  if (!/bench/.test(url))
    throw new Error(`Refusing to wipe ${url}: the bench database's name must contain "bench".`);
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    await recreatePostgresDatabase(url);
  } else {
    throw new Error("--url must be file:PATH or postgres://…");
  }
}

async function main() {
  await freshDatabase();
  // db/schema picks its dialect from DATABASE_URL when first imported, so set it before importing.
  process.env.DATABASE_URL = url;
  const { openDatabase } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  const { calendarDay } = await import("@/lib/time");

  // The real bulletin, published two days ago: the latest one, with a few days of prayers behind it.
  const now = Date.now();
  const seedPublishAt = Math.floor((now - 2 * DAY) / 3_600_000) * 3_600_000;
  const handle = await openDatabase(url);
  await handle.migrate();
  await seedDatabase(handle.db, { publishAt: new Date(seedPublishAt) });
  await handle.close();
  log(`migrated and seeded the real bulletin (${handle.dialect})`);

  const raw = await openRaw(url);
  const ts = (ms: number) =>
    raw.dialect === "sqlite" ? String(Math.round(ms)) : q(new Date(ms).toISOString());
  try {
    if (raw.dialect === "sqlite") {
      await raw.exec(
        "PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY;",
      );
    }
    const regionRows = await raw.rows("SELECT id, slug, name FROM regions ORDER BY position, id");
    const regions = regionRows.map((r) => ({
      id: Number(r.id),
      slug: String(r.slug),
      name: String(r.name),
    }));
    const seedRequests = (await raw.rows("SELECT id FROM requests ORDER BY id")).map((r) =>
      Number(r.id),
    );
    const seedBulletins = new Set(
      (await raw.rows("SELECT id FROM bulletins")).map((r) => Number(r.id)),
    );

    // ---- users: joined over the whole period, earliest first (the earliest pray the most, see below) ----
    const firstWeek = seedPublishAt - N.bulletins * WEEK;
    const origin = firstWeek - 30 * DAY;
    const userIds: string[] = [];
    const userRows: string[] = [];
    for (let i = 0; i < N.users; i += 1) {
      const id = crypto.randomUUID();
      userIds.push(id);
      const joined = origin + ((now - origin) * i) / N.users;
      userRows.push(
        `(${q(id)},${q(`Bench member ${i + 1}`)},${q(`bench-user-${i + 1}@example.test`)},'member',${ts(joined)})`,
      );
    }
    await insertRows(raw, "users", "id, name, email, role, created_at", userRows);
    log(`${N.users} users`);

    // ---- bulletins: one a week going back from the week before the real one ----
    const bulletinRows: string[] = [];
    for (let week = 1; week <= N.bulletins; week += 1) {
      const [text, reference] = random.pick(VERSES);
      const publishAt = seedPublishAt - week * WEEK;
      const notes = JSON.stringify(["Thank you for praying with us each week."]);
      bulletinRows.push(
        `(${q("Weekly Prayer Bulletin")},${q(text)},${q(reference)},${q(notes)},'published',${ts(publishAt)},${ts(publishAt - DAY)},${ts(publishAt)})`,
      );
    }
    await insertRows(
      raw,
      "bulletins",
      "title, verse_text, verse_reference, notes, status, publish_at, created_at, updated_at",
      bulletinRows,
    );
    // Newest first: bulletinIds[week - 1] is the bulletin published `week` weeks before the real one.
    const bulletinIds = (
      await raw.rows("SELECT id FROM bulletins ORDER BY publish_at DESC, id DESC")
    )
      .map((r) => Number(r.id))
      .filter((id) => !seedBulletins.has(id));
    log(`${bulletinIds.length} bulletins`);

    // ---- requests: spread over the bulletins and the five regions ----
    interface Planned {
      week: number;
      regionIndex: number;
      publishAt: number;
      status: string;
      kind: string;
    }
    const planned: Planned[] = [];
    const requestRows: string[] = [];
    // The stored HTML, excerpt and search text, as the app writes them. The invented bodies repeat,
    // so each distinct body is rendered once (its HTML, excerpt and plain text reused); the search
    // text also holds the title, country and region, so it is made for each request.
    const rendered = new Map<string, { bodyHtml: string; excerpt: string; bodyText: string }>();
    for (let i = 0; i < N.requests; i += 1) {
      const week = 1 + Math.floor((i * N.bulletins) / N.requests);
      const regionIndex = random.int(regions.length);
      const region = regions[regionIndex]!;
      const country = random.pick(COUNTRIES[region.slug] ?? [null]);
      const invented = inventRequest(random, region.slug, country);
      const publishAt = seedPublishAt - week * WEEK;
      const roll = random.next();
      const status =
        week > 52 && roll < 0.04
          ? "archived"
          : invented.kind === "request" && roll < Math.min(0.4, week / 150)
            ? "answered"
            : "open";
      planned.push({ week, regionIndex, publishAt, status, kind: invented.kind });
      let body = rendered.get(invented.body);
      if (!body) {
        body = {
          bodyHtml: renderMarkdown(invented.body),
          excerpt: excerpt(invented.body),
          bodyText: markdownToText(invented.body),
        };
        rendered.set(invented.body, body);
      }
      const searchText = requestSearchText({
        title: invented.title,
        bodyText: body.bodyText,
        country,
        regionName: region.name,
      });
      requestRows.push(
        `(${region.id},${q(country)},'${invented.kind}',${q(invented.title)},${q(invented.body)},${q(body.bodyHtml)},${q(body.excerpt)},${q(searchText)},'${status}',${bulletinIds[week - 1]},${ts(publishAt)},${ts(publishAt - (1 + random.int(5)) * DAY)})`,
      );
    }
    await insertRows(
      raw,
      "requests",
      "region_id, country, kind, title, body, body_html, excerpt, search_text, status, first_bulletin_id, published_at, created_at",
      requestRows,
    );
    const requestIds = (
      await raw.rows(`SELECT id FROM requests WHERE id > ${Math.max(...seedRequests)} ORDER BY id`)
    ).map((r) => Number(r.id));
    if (requestIds.length !== N.requests)
      throw new Error(`expected ${N.requests} new requests, found ${requestIds.length}`);
    log(`${N.requests} requests`);

    // ---- bulletin items: each bulletin's new requests, plus up to three open ones from earlier weeks ----
    const byWeek = new Map<number, number[]>();
    planned.forEach((p, i) => byWeek.set(p.week, [...(byWeek.get(p.week) ?? []), i]));
    const itemRows: string[] = [];
    for (let week = 1; week <= N.bulletins; week += 1) {
      const items = new Set(byWeek.get(week) ?? []);
      for (let k = 0; k < 3; k += 1) {
        const earlier = byWeek.get(week + 1 + random.int(8));
        const candidate = earlier ? random.pick(earlier) : undefined;
        if (candidate !== undefined && planned[candidate]!.status === "open") items.add(candidate);
      }
      [...items]
        .sort((a, b) => planned[a]!.regionIndex - planned[b]!.regionIndex)
        .forEach((i, position) =>
          itemRows.push(`(${bulletinIds[week - 1]},${requestIds[i]},${position})`),
        );
    }
    await insertRows(raw, "bulletin_items", "bulletin_id, request_id, position", itemRows);
    log(`${itemRows.length} bulletin items`);

    // ---- updates: some requests have news, and every answered one says so ----
    const updateRows: string[] = [];
    const updateHtml = new Map<string, string>();
    const update = (body: string) => {
      let html = updateHtml.get(body);
      if (html === undefined) updateHtml.set(body, (html = renderMarkdown(body)));
      return `${q(body)},${q(html)}`;
    };
    planned.forEach((p, i) => {
      const news = random.next() < 0.15 ? 1 + random.int(2) : 0;
      const span = Math.min(now, p.publishAt + 8 * WEEK) - p.publishAt;
      for (let k = 0; k < news; k += 1) {
        const at = p.publishAt + random.next() * span;
        updateRows.push(
          `(${requestIds[i]},'update',${update(inventUpdate(random, false))},${ts(at)},${ts(at)})`,
        );
      }
      if (p.status === "answered") {
        const at = p.publishAt + span;
        updateRows.push(
          `(${requestIds[i]},'answered',${update(inventUpdate(random, true))},${ts(at)},${ts(at)})`,
        );
      }
    });
    await insertRows(
      raw,
      "updates",
      "request_id, kind, body, body_html, posted_at, created_at",
      updateRows,
    );
    log(`${updateRows.length} updates`);

    // ---- prayers: recent requests get the most, mostly in the first weeks after they are shared ----
    const seedEach = Math.max(1, Math.min(1_000, Math.floor(N.prayers / 1_000)));
    const targets = seedRequests.map((id) => ({ id, publishAt: seedPublishAt, n: seedEach }));
    const weights = planned.map(
      (p) => (0.15 + 3 * Math.exp(-p.week / 26)) * Math.exp(0.6 * random.gaussian()),
    );
    const total = weights.reduce((a, b) => a + b, 0);
    const rest = N.prayers - seedEach * seedRequests.length;
    const counts = weights.map((w) => Math.floor((w / total) * rest));
    for (let left = rest - counts.reduce((a, b) => a + b, 0); left > 0; left -= 1)
      counts[random.int(counts.length)]! += 1;
    planned.forEach((p, i) =>
      targets.push({ id: requestIds[i]!, publishAt: p.publishAt, n: counts[i]! }),
    );

    const dayCache = new Map<number, string>();
    const dayOf = (ms: number) => {
      const hour = Math.floor(ms / 3_600_000);
      let day = dayCache.get(hour);
      if (day === undefined) dayCache.set(hour, (day = calendarDay(new Date(hour * 3_600_000))));
      return day;
    };
    let buffer: string[] = [];
    let inserted = 0;
    const flush = async () => {
      await insertRows(raw, "prayers", "user_id, request_id, day, created_at", buffer, 10_000);
      inserted += buffer.length;
      buffer = [];
      log(`${inserted} prayers`);
    };
    for (const target of targets) {
      const seen = new Set<string>();
      const lastDay = Math.floor((now - target.publishAt) / DAY);
      for (let made = 0, attempts = 0; made < target.n; attempts += 1) {
        if (attempts > target.n * 50)
          throw new Error(`could not place ${target.n} prayers on request ${target.id}`);
        let offset = Math.floor(-Math.log(1 - random.next()) * 12);
        if (offset > lastDay) offset = random.int(lastDay + 1);
        let at = target.publishAt + (offset + random.next()) * DAY;
        if (at > now) at = target.publishAt + random.next() * (now - target.publishAt);
        // Everyone who had joined by then can pray; those who joined early pray most often.
        const members = Math.max(
          1,
          Math.min(N.users, Math.floor((N.users * (at - origin)) / (now - origin))),
        );
        const user = Math.floor(members * random.next() ** 2);
        const day = dayOf(at);
        const key = `${user}|${day}`;
        if (seen.has(key)) continue;
        seen.add(key);
        buffer.push(`(${q(userIds[user]!)},${target.id},'${day}',${ts(at)})`);
        made += 1;
        if (buffer.length >= 100_000) await flush();
      }
    }
    if (buffer.length > 0) await flush();

    // ---- the denormalised counters, from the prayer rows ----
    await raw.exec(`UPDATE requests SET prayer_count = a.n, prayer_people = a.p
      FROM (SELECT request_id, count(*) AS n, count(DISTINCT user_id) AS p FROM prayers GROUP BY request_id) AS a
      WHERE a.request_id = requests.id`);
    const [mismatch] = await raw.rows(`SELECT count(*) AS n FROM requests r WHERE
      prayer_count <> (SELECT count(*) FROM prayers p WHERE p.request_id = r.id) OR
      prayer_people <> (SELECT count(DISTINCT user_id) FROM prayers p WHERE p.request_id = r.id)`);
    if (Number(mismatch?.n) !== 0)
      throw new Error(
        `${String(mismatch?.n)} requests have counters that disagree with their prayers`,
      );
    log("counters updated and checked against the prayer rows");

    if (raw.dialect === "sqlite") await raw.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    // What autovacuum would soon do on a live server: statistics, and the visibility map that
    // lets counts and deep pages read only an index.
    else await raw.exec("VACUUM ANALYZE;");

    const tables = [
      "users",
      "regions",
      "bulletins",
      "requests",
      "bulletin_items",
      "updates",
      "prayers",
    ];
    const totals = await raw.rows(
      tables.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(" UNION ALL "),
    );
    const [top] = await raw.rows(
      "SELECT id, prayer_count, prayer_people FROM requests ORDER BY prayer_count DESC LIMIT 1",
    );
    console.log(`\nBench database ${url}:`);
    for (const row of totals)
      console.log(
        `  ${String(row.t).padEnd(15)} ${Number(row.n).toLocaleString("en-US").padStart(10)}`,
      );
    console.log(
      `  most-prayed request: #${String(top?.id)} (${String(top?.prayer_count)} prayers by ${String(top?.prayer_people)} people)`,
    );
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await raw.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
