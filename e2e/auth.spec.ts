// Accounts in the browser: sign up, out and in; wrong passwords; a reset through the outbox; roles and 403s.
import type { Page } from "@playwright/test";
import { checkAccessibility, expect, headerName, test, uniqueEmail } from "./fixtures";
import { E2E_USERS } from "./users";

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("sign up, sign out and sign in again", async ({ page, expectAccessible }) => {
  const email = uniqueEmail("newcomer");
  await page.goto("/sign-up");
  await expectAccessible();
  await signUp(page, "Nadia Newcomer", email, "a long enough password");
  await expect(await headerName(page, "Nadia Newcomer")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, email, "a long enough password");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) =>
    c.name.endsWith("authjs.session-token"),
  );
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
});

test("sign-up checks the form and refuses a taken email", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.org")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await page.getByLabel("Email").fill(E2E_USERS.member.email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("already exists");
});

test("a wrong password and an unknown email get the same message", async ({
  page,
  expectAccessible,
}) => {
  await signIn(page, E2E_USERS.member.email, "not the password");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("Wrong email or password.");
  await expectAccessible();
  await signIn(page, uniqueEmail("nobody"), "not the password");
  await expect(alert).toHaveText("Wrong email or password.");
});

test("wrong passwords lock one account at one address, never the owner elsewhere", async ({
  page,
}) => {
  const email = uniqueEmail("target");
  const password = "the owner's real password";
  const created = await page.request.post("/api/account/sign-up", {
    data: { name: "Tara Target", email, password },
    headers: { "x-forwarded-for": "10.51.0.1" },
  });
  expect(created.status()).toBe(201);
  // A stranger at one address guesses: five wrong answers, then 429 with a clear message — even
  // with the right password, which is then never checked.
  const stranger = { "x-forwarded-for": "10.51.1.1" };
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await page.request.post("/api/account/sign-in", {
      data: { email, password: `guess number ${attempt}` },
      headers: stranger,
    });
    expect(response.status()).toBe(401);
  }
  const limited = await page.request.post("/api/account/sign-in", {
    data: { email, password },
    headers: stranger,
  });
  expect(limited.status()).toBe(429);
  expect((await limited.json()).error).toContain("Too many sign-in attempts");
  // The owner, at their own address, still gets in.
  const owner = await page.request.post("/api/account/sign-in", {
    data: { email, password },
    headers: { "x-forwarded-for": "10.51.2.1" },
  });
  expect(owner.status()).toBe(200);
});

test("a forgotten password is reset through the e-mailed link, once", async ({ page, asRole }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, "Fern Forgetful", email, "the first password");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Forgot your password?" }),
  ).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses that address");

  const admin = await asRole("admin");
  await admin.goto("/admin");
  const mail = admin.getByRole("listitem").filter({ hasText: `To ${email}` });
  const text = await mail.locator("pre").innerText();
  const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(text)?.[0];
  expect(link).toBeTruthy();
  const path = new URL(link!).pathname + new URL(link!).search;

  await page.goto(path);
  await page.getByLabel("New password").fill("the second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await signIn(page, email, "the second password");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto(path);
  await page.getByLabel("New password").fill("the third password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "expired or was already used",
  );
});

test("a member gets the 403 page on /staff and /admin; a visitor is sent to sign in", async ({
  page,
  asRole,
  expectAccessible,
}) => {
  const member = await asRole("member");
  for (const path of ["/staff", "/admin"]) {
    const response = await member.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(
      member.getByRole("heading", { name: "You do not have access to this page" }),
    ).toBeVisible();
  }
  const denied = await member.request.patch("/api/admin/users/anyone", { data: { role: "admin" } });
  expect(denied.status()).toBe(403);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
  await expectAccessible();
});

test("an admin changes a role: the person's sessions end, and signed in again they have it", async ({
  page,
  asRole,
  expectAccessible,
}) => {
  const email = uniqueEmail("promoted");
  await signUp(page, "Paul Promoted", email, "a long enough password");
  expect((await page.goto("/staff"))?.status()).toBe(403);

  const admin = await asRole("admin");
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await expect(admin.getByText("1 person")).toBeVisible();
  await admin.getByLabel(`Role for ${email}`).selectOption("staff");
  await admin.getByRole("button", { name: `Save role for ${email}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await checkAccessibility(admin);

  // The old session ended with the role change: the person signs in again, under the new role.
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/staff");
  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  await expectAccessible();
});

test("bad account input gets a clear message and creates nothing", async ({ request }) => {
  const email = uniqueEmail("huge");
  const password = "a long enough password";
  const huge = await request.post("/api/account/sign-up", {
    data: { name: "x".repeat(1_000_000), email, password },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toContain("far more");
  const longName = await request.post("/api/account/sign-up", {
    data: { name: "x".repeat(5_000), email, password },
  });
  expect(longName.status()).toBe(422);
  expect((await longName.json()).fieldErrors.name).toBe("Use at most 100 characters for your name");
  const malformed = await request.post("/api/account/sign-up", {
    data: { name: "Mal Formed", email: "not-an-email", password },
  });
  expect(malformed.status()).toBe(422);
  expect((await malformed.json()).fieldErrors.email).toBe(
    "Enter a valid email address, like name@example.org",
  );
  const empty = await request.post("/api/account/sign-up", {
    data: { name: "", email: "", password: "" },
  });
  expect(empty.status()).toBe(422);
  const crossSite = await request.post("/api/account/sign-up", {
    data: { name: "Cross Site", email, password },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
  const signIn = await request.post("/api/account/sign-in", { data: { email, password } });
  expect(signIn.status()).toBe(401);
});

test.describe("a person's own time zone", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("is set from the browser at sign-up and changed in account settings", async ({
    page,
    expectAccessible,
  }) => {
    await signUp(page, "Lena Angeles", uniqueEmail("la"), "a long enough password");
    await page.goto("/me/account");
    const zone = page.getByRole("combobox", { name: "Time zone" });
    await expect(zone).toHaveValue("America/Los_Angeles");
    await expect(page.getByText(/Now Los Angeles time \(UTC−[78]\)/)).toBeVisible();
    await expectAccessible();
    await zone.selectOption("Pacific/Auckland");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(page.getByText("Your time zone is saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Pacific/Auckland");
    await expect(page.getByText(/Now Auckland time \(UTC\+1[23]\)/)).toBeVisible();
  });
});
