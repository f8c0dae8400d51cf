// The prayer reminder on /me: a fresh member picks days and a time by e-mail, sees it saved, finds
// it again after a reload, is told clearly when a choice is missing, and stops it with one click;
// accessible, at a phone's width and a desktop's. (Notifications need the service worker, which
// these projects block: the e-mail path is what runs here.)
import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";

const PASSWORD = "a long enough password";

async function signUpFresh(page: Page) {
  const response = await page.request.post("/api/account/sign-up", {
    data: { name: "Reminder Tester", email: uniqueEmail("reminder"), password: PASSWORD },
  });
  expect(response.status()).toBe(201);
}

const reminderSection = (page: Page) =>
  page.getByRole("region", { name: "Prayer reminder", exact: true });

async function noSideways(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const width of [390, 1280]) {
  test(`a member sets a prayer reminder by e-mail, finds it after a reload, and stops it in one click (${width} px)`, async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await signUpFresh(page);
    await page.goto("/me");
    const section = reminderSection(page);
    await expect(section.getByTestId("reminder-summary")).toHaveText("No reminder is set.");
    const days = section.getByRole("group", { name: "Days" });
    await expect(days.getByRole("checkbox")).toHaveCount(7);
    await expect(section.getByText(/The time is on your own clock: /)).toBeVisible();

    // No day chosen: a clear message, nothing saved.
    await section.getByLabel("Time").fill("06:45");
    await section.getByRole("button", { name: "Save reminder" }).click();
    await expect(section.getByRole("alert")).toHaveText("Choose at least one day");

    await days.getByLabel("Monday").check();
    await days.getByLabel("Thursday").check();
    const how = section.getByRole("group", { name: "Remind me by" });
    await expect(how.getByLabel("E-mail")).toBeChecked();
    await section.getByRole("button", { name: "Save reminder" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Reminder saved." })).toBeVisible();
    await expect(section.getByTestId("reminder-summary")).toHaveText(
      "On: Monday and Thursday at 06:45.",
    );
    await noSideways(page);
    await expectAccessible();

    await page.reload();
    await expect(days.getByLabel("Monday")).toBeChecked();
    await expect(days.getByLabel("Thursday")).toBeChecked();
    await expect(days.getByLabel("Tuesday")).not.toBeChecked();
    await expect(section.getByLabel("Time")).toHaveValue("06:45");
    await expect(how.getByLabel("E-mail")).toBeChecked();

    await section.getByRole("button", { name: "Stop reminders" }).click();
    await expect(
      section.getByRole("status").filter({ hasText: "Reminders stopped. You will get no more." }),
    ).toBeVisible();
    await expect(section.getByTestId("reminder-summary")).toHaveText("No reminder is set.");
    await expectAccessible();
    const api = await page.request.get("/api/me/reminder");
    expect(await api.json()).toMatchObject({ ok: true, reminder: { active: false, days: [] } });

    await page.reload();
    await expect(section.getByTestId("reminder-summary")).toHaveText("No reminder is set.");
    await expect(section.getByRole("button", { name: "Stop reminders" })).toHaveCount(0);
  });
}

test("a visitor's reminder API answers 401 with no data", async ({ request }) => {
  const response = await request.get("/api/me/reminder");
  expect(response.status()).toBe(401);
  expect(await response.json()).not.toHaveProperty("reminder");
});
