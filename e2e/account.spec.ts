// A person's own account in the browser (/me/account): name, e-mail by a link from the mail sink,
// password, "download my data", sign out everywhere, deleting the account; and admins deactivating
// and reactivating someone. Every test uses fresh members, so tests never depend on each other.
import { readFile } from "node:fs/promises";
import { randomInt } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { checkAccessibility, expect, headerName, test, uniqueEmail } from "./fixtures";
import { E2E_USERS } from "./users";

const SINK = `http://127.0.0.1:${process.env.SMTP_SINK_HTTP_PORT ?? 3126}`;
const PASSWORD = "a long enough password";

const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** Signs a brand-new member in on this page's context. */
async function signUpFresh(page: Page, label: string) {
  const email = uniqueEmail(label);
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Tester`;
  const response = await page.request.post("/api/account/sign-up", {
    data: { name, email, password: PASSWORD },
  });
  expect(response.status()).toBe(201);
  return { email, name };
}

/** A second browser holding the same cookie as `context` (the same session). */
async function copyOf(browser: Browser, context: BrowserContext, baseURL: string | undefined) {
  return browser.newContext({
    baseURL,
    storageState: await context.storageState(),
    extraHTTPHeaders: { "x-forwarded-for": randomIp() },
  });
}

async function signedIn(page: Page): Promise<boolean> {
  const response = await page.request.get("/api/counts?ids=1");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { signedIn: boolean }).signedIn;
}

async function signInStatus(page: Page, email: string, password: string): Promise<number> {
  const response = await page.request.post("/api/account/sign-in", {
    data: { email, password },
    headers: { "x-forwarded-for": randomIp() },
  });
  return response.status();
}

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The newest message the mail sink received for `to` whose text matches `pattern`. */
async function mailedLink(page: Page, to: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get(`${SINK}/messages?to=${encodeURIComponent(to)}`);
      const messages = (await response.json()) as { text: string }[];
      link = pattern.exec(messages.at(-1)?.text ?? "")?.[0];
      return Boolean(link);
    })
    .toBe(true);
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

async function noSideways(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const people = (admin: Page) => section(admin, "People and roles").getByRole("listitem");

test("a member signs up, renames themselves and moves to a new e-mail address by its link", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(150_000);
  const email = uniqueEmail("mover");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Mo Mover");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto("/me");
  await page.getByRole("link", { name: "Account settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
  await expectAccessible();
  await page.setViewportSize({ width: 390, height: 844 });
  await noSideways(page);

  // Name.
  const name = section(page, "Your name");
  await name.getByLabel("Name").fill("");
  await name.getByRole("button", { name: "Save name" }).click();
  await expect(name.getByText("Enter your name")).toBeVisible();
  await expect(name.getByLabel("Name")).toBeFocused();
  await name.getByLabel("Name").fill("Morgan Moved");
  await name.getByRole("button", { name: "Save name" }).click();
  await expect(name.getByRole("status")).toHaveText("Your name is saved.");
  await expect(await headerName(page, "Morgan Moved")).toBeVisible();
  await page.reload();
  await expect(section(page, "Your name").getByLabel("Name")).toHaveValue("Morgan Moved");

  // E-mail: the current password is checked, the address changes only when the link is used.
  const newEmail = uniqueEmail("moved");
  const mail = section(page, "E-mail address");
  await expect(mail).toContainText(`Your address is ${email}.`);
  await mail.getByLabel("New e-mail address").fill(newEmail);
  await mail.getByLabel("Current password").fill("not my password");
  await mail.getByRole("button", { name: "Send the link" }).click();
  await expect(mail.getByText("That is not your current password.")).toBeVisible();
  await expect(mail.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(mail.getByLabel("Current password")).toBeFocused();
  await mail.getByLabel("Current password").fill(PASSWORD);
  await mail.getByRole("button", { name: "Send the link" }).click();
  await expect(mail.getByRole("status")).toHaveText(
    `We sent a link to ${newEmail}. Your address changes when you open it.`,
  );
  await page.reload();
  await expect(section(page, "E-mail address")).toContainText(`We sent a link to ${newEmail}`);
  await expect(section(page, "E-mail address")).toContainText(`Your address is ${email}.`);
  await expectAccessible();

  const link = await mailedLink(page, newEmail, /https?:\/\/\S+\/confirm-email\?token=\S+/);
  // Opening the link (as a mail scanner would) changes nothing by itself.
  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "Confirm your new e-mail address" }),
  ).toBeVisible();
  await expectAccessible();
  await page.goto("/me/account");
  await expect(section(page, "E-mail address")).toContainText(`Your address is ${email}.`);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(page.getByRole("status")).toContainText(`Your e-mail address is now ${newEmail}`);
  // The old address is told.
  await expect
    .poll(async () => {
      const response = await page.request.get(`${SINK}/messages?to=${encodeURIComponent(email)}`);
      return ((await response.json()) as { subject: string }[]).map((m) => m.subject);
    })
    .toContain("Your Intercede e-mail address was changed");
  // The link works once.
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "expired or was already used",
  );

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signInWithForm(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await signInWithForm(page, newEmail, PASSWORD);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/me/account");
  await expect(section(page, "E-mail address")).toContainText(`Your address is ${newEmail}.`);
});

test("a new password needs the current one and signs out every other browser", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const me = await signUpFresh(page, "changer");
  const other = await copyOf(browser, page.context(), baseURL);
  try {
    const otherPage = await other.newPage();
    expect(await signedIn(otherPage)).toBe(true);

    await page.goto("/me/account");
    const form = section(page, "Password");
    await form.getByLabel("Current password").fill("a wrong guess");
    await form.getByLabel("New password").fill("short");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("Use at least 10 characters")).toBeVisible();
    await form.getByLabel("New password").fill("the brand new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();
    await expect(form.getByLabel("Current password")).toBeFocused();
    expect(await signedIn(otherPage)).toBe(true);

    await form.getByLabel("Current password").fill(PASSWORD);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Password changed. You are signed out everywhere else.",
    );
    await expect(form.getByLabel("Current password")).toHaveValue("");
    // This browser stays signed in; the other one is out.
    expect(await signedIn(page)).toBe(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
    expect(await signedIn(otherPage)).toBe(false);
    await otherPage.goto("/me");
    await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fme/);

    expect(await signInStatus(otherPage, me.email, PASSWORD)).toBe(401);
    expect(await signInStatus(otherPage, me.email, "the brand new password")).toBe(200);
  } finally {
    await other.close();
  }
});

test("a member downloads their data: their e-mail and the prayers they made", async ({
  page,
  browser,
  baseURL,
}) => {
  const me = await signUpFresh(page, "exporter");
  await page.goto("/requests?region=global");
  const href = await page
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .getAttribute("href");
  const requestId = Number(href!.split("/").pop());
  const prayed = await page.request.post("/api/prayers", { data: { requestId } });
  expect(prayed.status()).toBe(200);

  await page.goto("/me/account");
  const downloading = page.waitForEvent("download");
  await section(page, "Your data").getByRole("link", { name: "Download my data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("intercede-my-data.json");
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    profile: { email: string; name: string };
    prayers: { requestId: number }[];
  };
  expect(data.profile).toMatchObject({ email: me.email, name: me.name });
  expect(data.prayers.map((p) => p.requestId)).toEqual([requestId]);
  // A visitor gets nothing.
  const visitor = await browser.newContext({ baseURL });
  try {
    expect((await visitor.request.get("/api/me/export")).status()).toBe(401);
  } finally {
    await visitor.close();
  }
});

test("sign out everywhere ends every browser's session, this one included", async ({
  page,
  browser,
  baseURL,
}) => {
  await signUpFresh(page, "everywhere");
  const other = await copyOf(browser, page.context(), baseURL);
  try {
    const otherPage = await other.newPage();
    expect(await signedIn(otherPage)).toBe(true);
    await page.goto("/me/account");
    const everywhere = section(page, "Sign out everywhere");
    await expect(everywhere).toContainText("this one included");
    await everywhere.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await signedIn(page)).toBe(false);
    expect(await signedIn(otherPage)).toBe(false);
    await otherPage.goto("/me");
    await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fme/);
  } finally {
    await other.close();
  }
});

test("a member deletes their account: they cannot sign in, and their prayer still counts", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const me = await signUpFresh(page, "leaving");
  await page.goto("/requests?region=southeast-asia");
  const href = await page
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link")
    .getAttribute("href");
  const requestId = Number(href!.split("/").pop());
  expect((await page.request.post("/api/prayers", { data: { requestId } })).status()).toBe(200);
  const countsOf = async () => {
    const response = await page.request.get(`/api/counts?ids=${requestId}`);
    return (
      (await response.json()) as { counts: Record<string, { times: number; people: number }> }
    ).counts[String(requestId)]!;
  };
  const before = await countsOf();

  await page.goto("/me/account");
  const danger = section(page, "Delete your account");
  await expect(danger).toContainText("nothing links them to you any more");
  await danger.getByLabel("Your password").fill(PASSWORD);
  await danger.getByLabel("Type DELETE to confirm").fill("delete");
  await danger.getByRole("button", { name: "Delete my account" }).click();
  await expect(danger.getByLabel("Type DELETE to confirm")).toHaveAttribute("aria-invalid", "true");
  await danger.getByLabel("Type DELETE to confirm").fill("DELETE");
  await danger.getByLabel("Your password").fill("not my password");
  await danger.getByRole("button", { name: "Delete my account" }).click();
  await expect(danger.getByText("That is not your current password.")).toBeVisible();
  expect(await signedIn(page)).toBe(true);

  await danger.getByLabel("Your password").fill(PASSWORD);
  await danger.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(page.getByRole("status")).toHaveText("Your account was deleted.");
  expect(await signedIn(page)).toBe(false);
  expect(await signInStatus(page, me.email, PASSWORD)).toBe(401);
  // Other tests may pray for the same request meanwhile: the count never goes down.
  const after = await countsOf();
  expect(after.times).toBeGreaterThanOrEqual(before.times);
  expect(after.people).toBeGreaterThanOrEqual(before.people);
});

test("an admin deactivates a member, who is signed out at once, then reactivates them", async ({
  page,
  asRole,
}) => {
  test.setTimeout(120_000);
  const member = await signUpFresh(page, "paused");
  expect(await signedIn(page)).toBe(true);

  const admin = await asRole("admin");
  await admin.goto(`/admin?q=${encodeURIComponent(member.email)}`);
  await expect(admin.getByText("1 person")).toBeVisible();
  const row = people(admin).filter({ hasText: member.email });
  await expect(row).toContainText("Last signed in:");
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: `Deactivate ${member.email}` }).click();
  await expect(
    row.getByRole("status").filter({ hasText: "Deactivated: signed out everywhere" }),
  ).toBeVisible();
  await expect(row.getByText(/^Deactivated since /)).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${member.email}` })).toBeVisible();
  await checkAccessibility(admin);

  expect(await signedIn(page)).toBe(false);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme/);
  await signInWithForm(page, member.email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");

  await row.getByRole("button", { name: `Reactivate ${member.email}` }).click();
  await expect(row.getByRole("status").filter({ hasText: "Reactivated" })).toBeVisible();
  await expect(row.getByText(/^Deactivated since /)).toHaveCount(0);
  await signInWithForm(page, member.email, PASSWORD);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(await signedIn(page)).toBe(true);
});

test("an admin cannot deactivate themselves; /admin fits a phone; visitors are sent to sign in", async ({
  page,
  asRole,
  expectAccessible,
}) => {
  const admin = await asRole("admin");
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto(`/admin?q=${encodeURIComponent(E2E_USERS.admin.email)}`);
  const own = people(admin).filter({ hasText: E2E_USERS.admin.email });
  await expect(own).toContainText("(you)");
  await expect(own).toContainText(/Last signed in: \d{1,2} \w+ \d{4}/);
  await own.getByRole("button", { name: `Deactivate ${E2E_USERS.admin.email}` }).click();
  await expect(own.getByRole("alert")).toHaveText(
    "You cannot deactivate your own account. Ask another administrator.",
  );
  await noSideways(admin);
  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await noSideways(admin);
  await checkAccessibility(admin);

  await page.goto("/me/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme%2Faccount/);
  await expectAccessible();
});
