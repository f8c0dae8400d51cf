// Staff pages and actions refuse everyone else, and bad input is answered clearly with nothing saved.
import { expect, test } from "./fixtures";

const staffPages = [
  "/staff",
  "/staff/import",
  "/staff/bulletins/new",
  "/staff/bulletins/1",
  "/staff/requests/1",
];

test("members and leaders get the 403 page on every staff page, visitors are sent to sign in", async ({
  asRole,
  page,
}) => {
  for (const role of ["member", "leader"] as const) {
    const person = await asRole(role);
    for (const path of staffPages) {
      const response = await person.goto(path);
      expect(response?.status(), `${role} ${path}`).toBe(403);
      await expect(person.getByRole("heading", { level: 1 })).toContainText(
        "You do not have access",
      );
    }
  }
  await page.goto("/staff/import");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff%2Fimport/);
});

test("staff actions answer 401 to visitors and 403 to members, and change nothing", async ({
  asRole,
  page,
}) => {
  const member = await asRole("member");
  const body = {
    title: "Not allowed",
    verseText: "v",
    verseReference: "r",
    items: [{ region: "africa", kind: "request", title: "t", body: "b" }],
  };
  const calls = [
    ["POST", "/api/staff/bulletins", body],
    ["PUT", "/api/staff/bulletins/1", body],
    ["POST", "/api/staff/bulletins/1/publish", {}],
    ["POST", "/api/staff/bulletins/1/unpublish", {}],
    ["POST", "/api/staff/requests/1/updates", { kind: "answered", body: "no" }],
    ["PUT", "/api/staff/requests/1/status", { status: "archived" }],
  ] as const;
  for (const [method, url, data] of calls) {
    const asMember = await member.request.fetch(url, { method, data });
    expect(asMember.status(), `member ${method} ${url}`).toBe(403);
    const asVisitor = await page.request.fetch(url, { method, data });
    expect(asVisitor.status(), `visitor ${method} ${url}`).toBe(401);
  }
  await page.goto("/requests/1");
  await expect(page.getByRole("article").getByText("Archived", { exact: true })).toHaveCount(0);
});

test("staff get clear messages for bad bulletins, dates and huge pastes", async ({ asRole }) => {
  const staff = await asRole("staff");
  const noVerse = await staff.request.post("/api/staff/bulletins", {
    data: {
      title: "No verse",
      verseText: "",
      verseReference: "",
      items: [{ region: "africa", kind: "request", title: "t", body: "b" }],
    },
  });
  expect(noVerse.status()).toBe(422);
  expect((await noVerse.json()).error).toContain("verse");
  const emptyItem = await staff.request.post("/api/staff/bulletins", {
    data: {
      title: "Empty item",
      verseText: "v",
      verseReference: "r",
      items: [{ region: "africa", kind: "request", title: "t", body: "  " }],
    },
  });
  expect(emptyItem.status()).toBe(422);
  expect((await emptyItem.json()).error).toContain("text is empty");
  const badDate = await staff.request.post("/api/staff/bulletins/1/publish", {
    data: { at: "31/02/2027 9am" },
  });
  expect(badDate.status()).toBe(422);
  expect((await badDate.json()).error).toContain("real date and time");
  const huge = await staff.request.post("/api/staff/bulletins", {
    data: { title: "x".repeat(1_000_000), verseText: "v", verseReference: "r", items: [] },
  });
  expect(huge.status()).toBe(413);

  await staff.goto("/staff/import");
  await staff.getByLabel("Bulletin text").fill("x".repeat(1_000_000));
  await staff.getByRole("button", { name: "Read the bulletin" }).click();
  await expect(staff.getByRole("main").getByRole("alert")).toContainText("at most 100,000");
  await staff.goto("/staff");
  await expect(staff.getByRole("region", { name: /^Drafts/ })).not.toContainText("No verse");
});
