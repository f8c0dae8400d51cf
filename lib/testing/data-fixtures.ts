// Data-test helpers: the seeded database and people of each role, created without slow hashing.
import { eq } from "drizzle-orm";
import { seedDatabase } from "@/db/seed";
import { requests, users } from "@/db/schema";
import { getDb } from "@/lib/data/db";
import type { Actor, Role } from "@/lib/permissions";

let seeded: Promise<void> | undefined;

/** The seed bulletin, published an hour ago (once per test file). */
export function ensureSeeded(): Promise<void> {
  seeded ??= (async () => {
    await seedDatabase(await getDb(), { publishAt: new Date(Date.now() - 3_600_000) });
  })();
  return seeded;
}

let counter = 0;

/** A new person with `role`; the password hash is a placeholder (these tests never sign in). */
export async function makeUser(role: Role = "member"): Promise<Actor> {
  const db = await getDb();
  counter += 1;
  const [row] = await db
    .insert(users)
    .values({
      email: `${role}-${counter}-${crypto.randomUUID().slice(0, 8)}@test.example`,
      name: `${role} ${counter}`,
      role,
    })
    .returning({ id: users.id, role: users.role });
  if (!row) throw new Error("user not created");
  return row;
}

export async function makeUsers(n: number, role: Role = "member"): Promise<Actor[]> {
  const db = await getDb();
  const rows = Array.from({ length: n }, () => {
    counter += 1;
    return { email: `bulk-${counter}-${crypto.randomUUID().slice(0, 8)}@test.example`, role };
  });
  const out: Actor[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    out.push(
      ...(await db
        .insert(users)
        .values(rows.slice(i, i + 200))
        .returning({ id: users.id, role: users.role })),
    );
  }
  return out;
}

/** The public request ids of the seed, in id order. */
export async function publicRequestIds(): Promise<number[]> {
  const db = await getDb();
  const rows = await db.select({ id: requests.id }).from(requests).orderBy(requests.id);
  return rows.map((r) => r.id);
}

export async function requestCounters(id: number) {
  const db = await getDb();
  const [row] = await db
    .select({ times: requests.prayerCount, people: requests.prayerPeople })
    .from(requests)
    .where(eq(requests.id, id));
  return row;
}
