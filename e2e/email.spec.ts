// E-mail in the browser (the e2e server has no SMTP: mail lands in the admin outbox on /admin).
// A follower is e-mailed about an update with an unsubscribe link; the unsubscribe page turns the
// notices off, after which an update sends them nothing; a tampered link is refused; a member
// chooses digest regions on /me. Tests run at once on two viewports and beside other suites: each
// uses fresh members, posts to a request in "global" (no other suite asserts on its timeline), and
// asserts only on its own members' mail, told apart by a marker in the update.
import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { checkAccessibility, expect, test, uniqueEmail } from "./fixtures";

const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** Signs a brand-new member in on this page's context. */
async function signUpFresh(page: Page, label: string) {
  const email = uniqueEmail(label);
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Tester`;
  const response = await page.request.post("/api/account/sign-up", {
    data: { name, email, password: "a long enough password" },
  });
  expect(response.status()).toBe(201);
  return { email, name };
}

async function newPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": randomIp() },
  });
  return { page: await context.newPage(), close: () => context.close() };
}

/** A request in the "global" region, as an id. */
async function globalRequest(page: Page): Promise<number> {
  await page.goto("/requests?region=global");
  const href = await page
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .getAttribute("href");
  return Number(href!.split("/").pop());
}

async function postUpdate(staff: Page, requestId: number, body: string) {
  const response = await staff.request.post(`/api/staff/requests/${requestId}/updates`, {
    data: { kind: "update", body },
  });
  expect(response.status()).toBe(201);
}

/**
 * The outbox entries on /admin to `email` whose text contains `marker`, once there are `count` of
 * them. Notices are recorded by a background job (lib/jobs) a moment after the update's response,
 * so the page is loaded again until they show; "none" is checked after giving the job time to run.
 */
async function outboxMail(admin: Page, email: string, marker: string, count = 1) {
  const entries = () =>
    admin
      .getByRole("region", { name: "Mail outbox" })
      .getByRole("listitem")
      .filter({ hasText: `To ${email}` })
      .filter({ hasText: marker });
  if (count === 0) await admin.waitForTimeout(2_000);
  await expect(async () => {
    await admin.goto("/admin");
    await expect(entries()).toHaveCount(count, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  return entries();
}

const marker = (label: string) => `${label} ${Date.now()}-${randomInt(1_000_000)}`;

test("a follower is e-mailed about an update, unsubscribes from the link, and gets no more", async ({
  page,
  asRole,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const follower = await signUpFresh(page, "notified");
  const id = await globalRequest(page);
  await page.goto(`/requests/${id}`);
  const follow = page.getByRole("button", { name: /^Follow/ });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/follows"));
  await follow.click();
  expect((await saved).status()).toBe(200);
  await expect(follow).toHaveAttribute("aria-pressed", "true");

  // A second follower who stays subscribed: the second update reaches them, not the first.
  const second = await newPage(browser, baseURL);
  try {
    const stays = await signUpFresh(second.page, "staying");
    const followed = await second.page.request.put("/api/follows", {
      data: { requestId: id, following: true },
    });
    expect(followed.status()).toBe(200);

    const staff = await asRole("staff");
    const admin = await asRole("admin");
    const first = marker("The hearing was moved to next week.");
    await postUpdate(staff, id, first);

    const mail = await outboxMail(admin, follower.email, first);
    await expect(mail).toHaveCount(1);
    const text = await mail.locator("pre").innerText();
    expect(text).toContain(`/requests/${id}`);
    // Nothing about anyone else who follows or prayed.
    expect(text).not.toContain(stays.email);
    expect(text).not.toContain(stays.name);
    await expect(await outboxMail(admin, stays.email, first)).toHaveCount(1);
    const link = /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(text)?.[0];
    expect(link, text).toBeTruthy();
    const path = `${new URL(link!).pathname}${new URL(link!).search}`;
    const token = new URL(link!).searchParams.get("token")!;

    // The link works without signing in. Opening it — or prefetching the one-click address, as
    // link scanners do — changes nothing: the page asks first.
    const visitor = await newPage(browser, baseURL);
    try {
      const prefetch = await visitor.page.request.get(
        `/api/unsubscribe?token=${encodeURIComponent(token)}`,
        { maxRedirects: 0 },
      );
      expect(prefetch.status()).toBe(303);
      await visitor.page.goto(path);
      await expect(
        visitor.page.getByRole("heading", { level: 1, name: "Unsubscribe" }),
      ).toBeVisible();
      await expect(visitor.page.getByRole("main")).toContainText(follower.email);
      await checkAccessibility(visitor.page);
      await visitor.page.getByRole("button", { name: "Unsubscribe" }).click();
      await expect(visitor.page.getByRole("main").getByRole("status")).toContainText(
        `${follower.email} will no longer get e-mails about news on the requests you follow`,
      );
      await checkAccessibility(visitor.page);
    } finally {
      await visitor.close();
    }

    const later = marker("The hearing took place today.");
    await postUpdate(staff, id, later);
    await expect(await outboxMail(admin, stays.email, later)).toHaveCount(1);
    await expect(await outboxMail(admin, follower.email, later, 0)).toHaveCount(0);
    await expect(await outboxMail(admin, follower.email, first)).toHaveCount(1);

    // The mail client's one-click POST (RFC 8058): no cookies, form-encoded, answered 200.
    const stayingText = await (
      await outboxMail(admin, stays.email, later)
    )
      .locator("pre")
      .innerText();
    const stayingToken = new URL(
      /https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(stayingText)![0],
    ).searchParams.get("token")!;
    const oneClick = await browser.newContext({ baseURL });
    try {
      const response = await oneClick.request.post(
        `/api/unsubscribe?token=${encodeURIComponent(stayingToken)}`,
        { form: { "List-Unsubscribe": "One-Click" } },
      );
      expect(response.status()).toBe(200);
    } finally {
      await oneClick.close();
    }
    const last = marker("Both men were sentenced.");
    await postUpdate(staff, id, last);
    await expect(await outboxMail(admin, stays.email, last, 0)).toHaveCount(0);
    await expect(await outboxMail(admin, follower.email, last, 0)).toHaveCount(0);
  } finally {
    await second.close();
  }
});

test("a tampered unsubscribe link is refused with a clear message and changes nothing", async ({
  page,
  asRole,
  expectAccessible,
}) => {
  const member = await signUpFresh(page, "tampered");
  const id = await globalRequest(page);
  const followed = await page.request.put("/api/follows", {
    data: { requestId: id, following: true },
  });
  expect(followed.status()).toBe(200);
  const staff = await asRole("staff");
  const admin = await asRole("admin");
  const first = marker("Charges were filed.");
  await postUpdate(staff, id, first);
  const text = await (await outboxMail(admin, member.email, first)).locator("pre").innerText();
  const token = new URL(/https?:\/\/\S+\/unsubscribe\?token=\S+/.exec(text)![0]).searchParams.get(
    "token",
  )!;
  const [payload, signature] = token.split(".") as [string, string];
  const tampered = `${payload}.${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;

  for (const bad of [tampered, "not-a-token", `${payload}x.${signature}`]) {
    await page.goto(`/unsubscribe?token=${encodeURIComponent(bad)}`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "This unsubscribe link is not valid",
    );
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
    const response = await page.request.post(`/api/unsubscribe?token=${encodeURIComponent(bad)}`, {
      form: { "List-Unsubscribe": "One-Click" },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toContain("not valid");
  }
  await page.goto("/unsubscribe");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not valid");
  await expectAccessible();

  // Still subscribed: the next update reaches the member.
  const next = marker("A date was set for the trial.");
  await postUpdate(staff, id, next);
  await expect(await outboxMail(admin, member.email, next)).toHaveCount(1);
});

test("a member chooses the regions of their weekly digest on /me", async ({
  page,
  expectAccessible,
}) => {
  await signUpFresh(page, "digest");
  await page.goto("/me");
  const settings = page.getByRole("region", { name: "E-mail settings" });
  const notices = settings.getByRole("checkbox", {
    name: "E-mail me when a request I follow has news",
  });
  await expect(notices).toBeChecked();
  const southAsia = settings.getByRole("checkbox", { name: "South Asia", exact: true });
  const global = settings.getByRole("checkbox", { name: "HQ & Global Partners" });
  const africa = settings.getByRole("checkbox", { name: "Africa" });
  await expect(southAsia).not.toBeChecked();
  await expectAccessible();

  await southAsia.check();
  await global.check();
  await notices.uncheck();
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/me/email"));
  await settings.getByRole("button", { name: "Save e-mail settings" }).click();
  expect((await saved).status()).toBe(200);
  await expect(settings.getByRole("status")).toHaveText("Saved");

  await page.reload();
  await expect(southAsia).toBeChecked();
  await expect(global).toBeChecked();
  await expect(africa).not.toBeChecked();
  await expect(notices).not.toBeChecked();

  // Bad input is refused with a clear message and changes nothing.
  const refused = await page.request.put("/api/me/email", {
    data: { regions: ["atlantis"], notifyFollows: true },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toContain("atlantis");
  await page.reload();
  await expect(southAsia).toBeChecked();
  await expect(notices).not.toBeChecked();
});
