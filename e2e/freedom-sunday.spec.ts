// Freedom Sunday in the browser: a leader signs a church up, invites a member, registers a Sunday;
// the member joins and ticks a task; the leader features two requests and prints the guide; the
// public page counts the church.
import type { Page } from "@playwright/test";
import { checkAccessibility, expect, test, uniqueEmail } from "./fixtures";

async function signUpFresh(page: Page, name: string) {
  const response = await page.request.post("/api/account/sign-up", {
    data: { name, email: uniqueEmail("fs"), password: "a long enough password" },
  });
  expect(response.status()).toBe(201);
}

test("a leader plans Freedom Sunday with a member, prints the guide, and the public page counts the church", async ({
  asRole,
  browser,
  baseURL,
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // Unique, and nothing the safety check would take for a phone number (a long run of digits).
  const churchName = `Grace Fellowship ${testInfo.project.name} ${Date.now().toString(36)}`;
  // The leader's browser is in Nairobi: the church's time zone starts there.
  const leader = await asRole("leader", { timezoneId: "Africa/Nairobi" });
  await leader.goto("/freedom-sunday");
  const before = Number(
    /(\d+) church/.exec(await leader.getByTestId("hosting-count").innerText())![1],
  );
  // (A leader whose church already takes part sees it first, and "Sign up another church".)
  await leader.getByRole("link", { name: /^Sign (your church up|up another church)$/ }).click();
  await leader.getByLabel("Church name").fill(churchName);
  await leader.getByLabel("City").fill("Nairobi");
  await leader.getByLabel("Country").fill("Kenya");
  await expect(leader.getByLabel("Time zone")).toHaveValue("Africa/Nairobi");
  await leader.getByRole("button", { name: "Create the church" }).click();
  await expect(leader.getByRole("heading", { level: 1, name: churchName })).toBeVisible();
  await expect(leader.getByText(/Nairobi time \(UTC\+3\)/)).toBeVisible();
  const churchUrl = leader.url();
  // A new church's prayer chart says what will appear, not twelve weeks of zeros.
  await expect(leader.getByText(/No prayers in these weeks yet/)).toBeVisible();
  await expect(leader.getByRole("table", { name: /Prayers each week/ })).toHaveCount(0);

  await leader.getByRole("button", { name: "Create an invite link" }).click();
  const link = await leader.getByLabel("Invite link").inputValue();
  expect(link).toMatch(/\/join\/\S+$/);

  // The member joins through the link in a browser of their own.
  const memberContext = await browser.newContext({ baseURL });
  const member = await memberContext.newPage();
  try {
    await signUpFresh(member, "Mercy Member");
    await member.goto(new URL(link).pathname);
    await expect(member.getByText(churchName, { exact: true })).toBeVisible();
    await checkAccessibility(member);
    await member.getByRole("button", { name: `Join ${churchName}` }).click();
    await expect(member.getByRole("heading", { level: 1, name: churchName })).toBeVisible();

    // The leader registers a Sunday; a Saturday is refused with a clear message.
    await leader.goto(churchUrl);
    await expect(leader.getByText("Mercy Member")).toBeVisible();
    const sunday = await leader.getByLabel("Date of the service").inputValue();
    const saturday = new Date(Date.parse(`${sunday}T12:00:00Z`) + 6 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await leader.getByLabel("Date of the service").fill(saturday);
    await leader.getByRole("button", { name: "Register our Freedom Sunday" }).click();
    await expect(leader.getByRole("main").getByRole("alert").first()).toContainText("Sunday");
    await leader.getByLabel("Date of the service").fill(sunday);
    await leader.getByLabel("Service times").fill("9:00 and 11:00");
    await leader.getByLabel("Expected attendance").fill("180");
    await leader.getByRole("button", { name: "Register our Freedom Sunday" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: /Freedom Sunday, / })).toBeVisible();
    const planUrl = leader.url();
    const eventId = Number(planUrl.split("/").pop());
    // Times are labelled with the church's zone (its calendar file carries it: below).
    await expect(leader.getByText(/services at 9:00 and 11:00 \(Nairobi time/)).toBeVisible();
    // The Sunday is at most a week away: the checklist squeezes into the days left, none overdue.
    await expect(leader.getByText(/^(This week: |Due today)/).first()).toBeVisible();
    await expect(leader.getByText(/^Overdue/)).toHaveCount(0);
    // The public Freedom Sunday page now leads the leader to their church and its plan.
    await leader.goto("/freedom-sunday");
    const yours = leader.getByRole("region", { name: /^Your church/ });
    await expect(yours.getByRole("link", { name: churchName })).toBeVisible();
    await expect(yours.getByRole("link", { name: "Sign up another church" })).toBeVisible();
    await expect(leader.getByRole("link", { name: "Sign your church up" })).toHaveCount(0);
    await checkAccessibility(leader);
    await yours.locator(`a[href="/freedom-sunday/${eventId}"]`).click();
    await expect(leader).toHaveURL(planUrl);
    // Its church page folds the registration form away now that a Sunday is registered.
    await leader.goto(churchUrl);
    await expect(leader.getByLabel("Date of the service")).toBeHidden();
    await expect(leader.getByText("Register another Freedom Sunday")).toBeVisible();
    await leader.goto(planUrl);
    await expect(
      leader.getByRole("heading", { name: /Checklist \(0 of \d+ done\)/ }),
    ).toBeVisible();

    // Assign "Plan the prayer time" to the member.
    const task = leader
      .getByRole("listitem")
      .filter({ hasText: /prayer time/i })
      .first();
    await task.getByRole("combobox").selectOption({ label: "Mercy Member" });
    await expect(task).toContainText("Mercy Member");

    // Feature two requests.
    const picks = leader
      .getByRole("group", { name: "Requests to feature in the service" })
      .getByRole("checkbox");
    await picks.nth(0).check();
    await picks.nth(1).check();
    await leader.getByRole("button", { name: "Save featured requests" }).click();
    await expect(
      leader.getByRole("status").filter({ hasText: "Featured requests saved" }),
    ).toBeVisible();
    await expect(
      leader.getByRole("region", { name: "Featured requests" }).getByRole("listitem"),
    ).toHaveCount(2);
    await expect(leader).toHaveTitle(/Freedom Sunday plan/);
    await checkAccessibility(leader);

    // Absurd input is refused, and someone outside the church can neither see nor change the plan.
    const churchId = Number(churchUrl.split("/").pop());
    for (const expectedAttendance of [-5, 10_000_000]) {
      const bad = await leader.request.post(`/api/churches/${churchId}/events`, {
        data: { date: sunday, serviceTimes: "", expectedAttendance, isPublic: true, notes: "" },
      });
      expect(bad.status(), `attendance ${expectedAttendance}`).toBe(422);
    }
    const again = await leader.request.post(`/api/churches/${churchId}/events`, {
      data: { date: sunday, serviceTimes: "", expectedAttendance: 10, isPublic: true, notes: "" },
    });
    expect(again.status()).toBe(409);
    const outsider = await asRole("staff");
    expect((await outsider.goto(planUrl))?.status()).toBe(403);
    const change = await outsider.request.fetch(`/api/events/${eventId}`, {
      method: "PATCH",
      data: { notes: "Not yours" },
    });
    expect(change.status()).toBe(403);

    // The member sees the plan and ticks their task; another task is not theirs to tick.
    await member.goto(planUrl);
    const mine = member
      .getByRole("listitem")
      .filter({ hasText: /prayer time/i })
      .first();
    await mine.getByRole("checkbox").check();
    await expect(
      member.getByRole("heading", { name: /Checklist \(1 of \d+ done\)/ }),
    ).toBeVisible();
    const notMine = member
      .getByRole("listitem")
      .filter({ hasText: /sermon/i })
      .first();
    await expect(notMine.getByRole("checkbox")).toBeDisabled();
    await checkAccessibility(member);

    // The guide, on screen and in print.
    await leader.goto(`/freedom-sunday/${eventId}/guide`);
    await expect(leader.getByRole("heading", { level: 1, name: churchName })).toBeVisible();
    await expect(leader.getByText("Psalm 72:4")).toBeVisible();
    await expect(leader.getByRole("heading", { name: "Prayers of the people" })).toBeVisible();
    await expect(leader.locator(".guide-item")).toHaveCount(2);
    await checkAccessibility(leader);
    await leader.emulateMedia({ media: "print" });
    await expect(leader.getByRole("banner")).toBeHidden();
    await expect(leader.getByRole("button", { name: "Print this guide" })).toBeHidden();
    for (const width of [794, 816]) {
      // A4 and US Letter at 96 dpi: nothing may stick out sideways.
      await leader.setViewportSize({ width, height: 1100 });
      const overflow = await leader.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `overflow at ${width}px`).toBeLessThanOrEqual(0);
    }
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await leader.pdf({ format, printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }
    await leader.emulateMedia({ media: "screen" });

    // The calendar file.
    const ics = await leader.request.get(`/freedom-sunday/${eventId}.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    // 9:00 in the church's zone (Nairobi), with its VTIMEZONE: not 9:00 UTC.
    expect(text).toContain(`DTSTART;TZID=Africa/Nairobi:${sunday.replaceAll("-", "")}T090000`);
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain(`SUMMARY:Freedom Sunday at ${churchName}`);
  } finally {
    await memberContext.close();
  }

  // The public page counts the church and lists it.
  await page.goto("/freedom-sunday");
  await expect(page.getByTestId("hosting-count")).toContainText(String(before + 1));
  await expect(page.getByText(churchName)).toBeVisible();
  await checkAccessibility(page);
});

test("forged and unknown invite links are refused", async ({ asRole, page }) => {
  const member = await asRole("member");
  const forged = await member.request.post("/api/invites/join", {
    data: { token: "forged.token-value" },
  });
  expect(forged.status()).toBe(400);
  await page.goto("/join/not-a-real-invite");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not valid");
});
