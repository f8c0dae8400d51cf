// Unit tests for the safety check before publishing: bulletin-style paragraphs from the field, each
// rule's positive and negative cases, the real seed bulletin (which must come through clean) and huge input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBulletin } from "@/lib/bulletin/parser";
import { findPersonalIdentifiers, type IdentifierKind } from "./pii";

const SEED = readFileSync(new URL("../../seed/ijm-prayer-request.txt", import.meta.url), "utf8");

type Expected = ReadonlyArray<readonly [IdentifierKind, string]>;

/** The flags as [kind, match] pairs, in text order. */
const found = (text: string) => findPersonalIdentifiers(text).map((f) => [f.kind, f.match]);

/** Every flag points at its match in the text, in text order, with one flag per kind and place. */
function expectWellFormed(text: string): void {
  const flags = findPersonalIdentifiers(text);
  const seen = new Set<string>();
  flags.forEach((flag, i) => {
    expect(text.slice(flag.index, flag.index + flag.match.length)).toBe(flag.match);
    // An age-and-town message quotes the age and the town; the others quote the whole match.
    if (flag.kind !== "age-and-town") expect(flag.message).toContain(`“${flag.match}”`);
    else expect(flag.message).toMatch(/^An exact age \(“.+”\) together with a town \(“.+”\)/);
    expect(flag.index).toBeGreaterThanOrEqual(flags[i - 1]?.index ?? 0);
    const key = `${flag.kind}-${flag.index}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  });
}

describe("the seed bulletin", () => {
  it("has no flags as a whole", () => {
    expect(findPersonalIdentifiers(SEED)).toEqual([]);
  });

  it("has no flags in any item the parser drafts from it, nor in its title or verse", () => {
    const draft = parseBulletin(SEED);
    expect(draft.items.length).toBeGreaterThan(0);
    for (const item of draft.items) {
      expect(findPersonalIdentifiers(`${item.title}\n${item.body}`)).toEqual([]);
    }
    expect(findPersonalIdentifiers(draft.title)).toEqual([]);
    expect(findPersonalIdentifiers(draft.verse?.text ?? "")).toEqual([]);
    expect(findPersonalIdentifiers(draft.verse?.reference ?? "")).toEqual([]);
  });
});

const FIELD_PARAGRAPHS: ReadonlyArray<{ where: string; text: string; flags: Expected }> = [
  {
    where: "Ghana: a pseudonym, a trafficker's name, a region",
    text: "Please pray for Kwame*, a 12-year-old boy rescued from forced labour on Lake Volta. His trafficker, Kofi Boateng, goes on trial at the Accra High Court next month. Pray that the prosecution presents the evidence well.",
    flags: [["full-name", "Kofi Boateng"]],
  },
  {
    where: "Philippines: age with a province, a lawyer, a mobile number",
    text: "Praise God! A 15-year-old girl from Pampanga who was abused online testified bravely last week. Pray for Atty. Maria Reyes as she prepares closing arguments, and for the survivor's mother, who can be reached at +63 917 123 4567.",
    flags: [
      ["age-and-town", "15-year-old girl from Pampanga"],
      ["full-name", "Atty. Maria Reyes"],
      ["phone", "+63 917 123 4567"],
    ],
  },
  {
    where: "India: age with a city, an employer, an office number, a legal section",
    text: "Pray for Lakshmi*, aged 16, who was rescued from a brick kiln near Chennai with her family. Her employer, Mr. Ravi Kumar, has been arrested under Section 370 of the IPC. Contact the office on 044 2345 6789 with questions.",
    flags: [
      ["age-and-town", "aged 16, who was rescued from a brick kiln near Chennai"],
      ["full-name", "Mr. Ravi Kumar"],
      ["phone", "044 2345 6789"],
    ],
  },
  {
    where: "Guatemala: a full name with two given names, a Guatemalan address",
    text: "Pray for the family of Ana Lucía Pérez, whose case was heard in Guatemala City this week. Her mother lives at 5a Calle 3-45, Zona 1, and has received threats.",
    flags: [
      ["full-name", "Ana Lucía Pérez"],
      ["street-address", "5a Calle 3-45, Zona 1"],
    ],
  },
  {
    where: "Kenya: a town before the age, a prosecutor, an e-mail, a post box",
    text: "In Kisumu, a 14-year-old girl was rescued from a man who sold her to truck drivers. Prosecutor Wanjiku will argue the case. Write to aftercare@ijm-kenya.org or P.O. Box 12345-00100 Nairobi.",
    flags: [
      ["age-and-town", "Kisumu, a 14-year-old"],
      ["full-name", "Prosecutor Wanjiku"],
      ["email", "aftercare@ijm-kenya.org"],
      ["street-address", "P.O. Box 12345-00100"],
    ],
  },
  {
    where: "Dominican Republic: age in brackets with a town, a bar owner, a calle",
    text: "Pray for Rosa María* (17) from Boca Chica, who was exploited by tourists. Officers arrested the bar owner, Juan Carlos Martínez, at 27 Calle Duarte.",
    flags: [
      ["age-and-town", "17) from Boca Chica"],
      ["full-name", "Juan Carlos Martínez"],
      ["street-address", "27 Calle Duarte"],
    ],
  },
  {
    where: "Cambodia: ages of sisters and the village they came from",
    text: "Pray for Sophea* and her sister, 13 and 15 years old, who were trafficked from a village outside Siem Reap to Bangkok.",
    flags: [["age-and-town", "15 years old, who were trafficked from a village outside Siem Reap"]],
  },
  {
    where: "Uganda: a pastor by name",
    text: "Pastor John Okello in Gulu asks us to pray for the boys in his church.",
    flags: [["full-name", "Pastor John Okello"]],
  },
  {
    where: "Thailand: an age with a town that is on no list",
    text: "Nok*, aged 9, in Ratchaburi, is now safe with a foster family. Pray for her as she starts school.",
    flags: [["age-and-town", "aged 9, in Ratchaburi"]],
  },
  {
    where: "Ghana: a street address and a local number",
    text: "The shelter's neighbours on 12 Harbour Road, Tema, reported the case; the caseworker's number is 0244-123-456.",
    flags: [
      ["street-address", "12 Harbour Road"],
      ["phone", "0244-123-456"],
    ],
  },
  {
    where: "Philippines: clean — numbers that are not phones",
    text: "Praise God for 24 convictions in the Philippines this year. In 2024, 1,000 survivors were restored. Case 3 of 9 ended on 12 March 2024, and 2019-2024 saw 12,500 people protected.",
    flags: [],
  },
  {
    where: "Kenya: clean — an age with a country only",
    text: "A 14-year-old girl in Kenya is recovering at an IJM-supported aftercare home. Pray for Maria*, 14, and her brother Jose*, 12, as they settle into a new school.",
    flags: [],
  },
  {
    where: "Ghana: clean — police units and courts",
    text: "Pray for the Anti-Human Trafficking Unit of the Ghana Police Service and for the judges of the High Court in Accra as they hear three cases this month.",
    flags: [],
  },
  {
    where: "Dominican Republic: clean — courts, the Holy Spirit, Freedom Sunday",
    text: "Join us in praising God for the Supreme Court ruling in the Dominican Republic. Pray for the Holy Spirit's guidance as Freedom Sunday approaches on Sunday, 3 November. Jesus Christ is Lord.",
    flags: [],
  },
  {
    where: "India: clean — a state and an official's title",
    text: "Pray for 31 bonded labourers rescued from a brick kiln in Tamil Nadu. The District Magistrate issued release certificates to every family, and the Supreme Court of India has listed the appeal.",
    flags: [],
  },
  {
    where: "Guatemala: clean — cities, a verse reference",
    text: "Please pray for our team in Guatemala City and Santo Domingo as they train police officers. Psalm 82:3 reminds us to defend the weak and the fatherless.",
    flags: [],
  },
  {
    where: "Southeast Asia: clean — regions and cities",
    text: "This week our staff in Northern Thailand and Chiang Mai celebrated with government partners from South Asia, Latin America and the United States.",
    flags: [],
  },
  {
    where: "Philippines: clean — a title-case heading and a ministry",
    text: "Urgent Prayer Request\nPray for Survivors in Cebu\nOur Lord Jesus Christ, Prince of Peace, give wisdom to the Department of Social Welfare and Development in Metro Manila.",
    flags: [],
  },
];

/** Institutions, places and faith as bulletins name them: none of it is a person. */
const CLEAN_SENTENCES: readonly string[] = [
  "Pray for IJM's Cambodia team as they work alongside the Cambodian National Police to combat online sexual exploitation of children.",
  "Praise God! Last week, the Criminal Court in Cebu convicted two traffickers who had exploited children online.",
  "Pray for the upcoming National Summit on Forced Labour in Chennai, where government officials from Tamil Nadu and Karnataka will gather.",
  "Please pray for our Latin America Regional Director as she travels to Bolivia and Peru.",
  "Thank God for the Dominican Republic's Attorney General's Office and the Specialized Unit for Trafficking.",
  "Please pray for Ghana's Fisheries Commission and the Marine Police as they patrol Lake Volta.",
  "Pray for the IJM Global Prayer Gathering on Thursday, 12 September, at the IJM Washington office.",
  "Praise God for the passage of the Anti-Online Sexual Abuse or Exploitation of Children (OSAEC) Act in the Philippines.",
  "Pray for the Guatemalan Public Ministry's Special Prosecutor's Office Against Trafficking in Persons.",
  "Pray for the Women and Children Protection Desk of the Philippine National Police in Region VII.",
  "Pray that the Holy Spirit would move in the hearts of the judges at the Court of Appeal in Accra.",
  "Pray for the Ugandan Parliament as it debates the Succession Amendment Bill.",
  "Pray for the trial in the Regional Trial Court of Angeles City, Pampanga.",
  "Pray for the Thai Department of Special Investigation and the Royal Thai Police.",
  "Thank you for praying! Your prayers matter. In Christ, The IJM Prayer Team",
  "Freedom Bulletin 1712345678901",
  "Nordic Outreach\n\nPray for the teams training church volunteers to care for survivors.",
];

describe("institutions, places and faith", () => {
  it.each(CLEAN_SENTENCES)("has no flags in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("paragraphs from the field", () => {
  it.each(FIELD_PARAGRAPHS)("$where", ({ text, flags }) => {
    expect(found(text)).toEqual(flags);
    expectWellFormed(text);
  });
});

describe("rule 1: full names", () => {
  it.each([
    ["Pray for Maria Santos.", "Maria Santos"],
    ["Maria Santos testified on Monday.", "Maria Santos"],
    ["Pray for Maria de la Cruz.", "Maria de la Cruz"],
    ["Pray for Kofi A. Mensah.", "Kofi A. Mensah"],
    ["Pray for Jean-Pierre Habimana.", "Jean-Pierre Habimana"],
    ["Pray for Grace Mensah and Hope.", "Grace Mensah"],
    ["Remember Ravi Kumar's family in prayer.", "Ravi Kumar"],
    ["PRAY FOR MARIA SANTOS", "MARIA SANTOS"],
    ["Santiago Lopez was sentenced.", "Santiago Lopez"],
    ["Pray for Denzel Washington.", "Denzel Washington"],
    ["On 14 August Kofi Mensah testified.", "Kofi Mensah"],
    ["June Mwangi testified.", "June Mwangi"],
    ["Pray for Maria\u00a0Santos.", "Maria\u00a0Santos"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["full-name", match]]);
  });

  it.each([
    ["Judge Mensah ruled today.", "Judge Mensah"],
    ["Pray for Mrs Owusu.", "Mrs Owusu"],
    ["Pray for Dr. Amoah.", "Dr. Amoah"],
    ["Pastor Samuel leads the church.", "Pastor Samuel"],
    ["Officer Kamau made the arrest.", "Officer Kamau"],
    ["Prosecutor Reyes called a witness.", "Prosecutor Reyes"],
    ["Pray for Chief Justice Koome.", "Chief Justice Koome"],
    ["Pray for Ms. Maria Santos.", "Ms. Maria Santos"],
  ])("flags an honorific with a name: %j", (text, match) => {
    expect(found(text)).toEqual([["full-name", match]]);
  });

  it("says what to do, in plain English", () => {
    expect(findPersonalIdentifiers("Pray for Maria Santos.")[0]?.message).toBe(
      "“Maria Santos” looks like a full name. Use a pseudonym marked with * (e.g. “Maria*”) or remove it.",
    );
    expect(findPersonalIdentifiers("Judge Mensah ruled.")[0]?.message).toBe(
      "“Judge Mensah” looks like a person’s name. Describe the role instead (e.g. “the judge”) or use a pseudonym marked with *.",
    );
    expect(findPersonalIdentifiers("Pray for Mrs Owusu.")[0]?.message).toBe(
      "“Mrs Owusu” looks like a person’s name. Use a pseudonym marked with * (e.g. “Owusu*”) or remove it.",
    );
  });

  it.each([
    "Pray for Maria.",
    "Pray for Maria* as she heals.",
    "Pray for Maria* Santos as she heals.",
    "Pray for Maria Santos* as she heals.",
    "Pray for Pastor John* and Judge Ama*.",
    "Pray for Maria Santos (not her real name) as she heals.",
    "Pray for Maria and Jose as they heal.",
    "Maria's mother thanks you.",
    "In June Maria was rescued.",
    "Will they be safe? Hope remains.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    "International Justice Mission",
    "IJM HQ & Global Partners",
    "Freedom Sunday",
    "Chiang Mai",
    "Northern Thailand",
    "Latin America",
    "South Asia",
    "Southeast Asia",
    "Holy Spirit",
    "Jesus Christ",
    "United States",
    "United Kingdom",
    "Dominican Republic",
    "Democratic Republic of the Congo",
    "Psalm 72:4",
    "Praise God",
    "The Lord Almighty",
    "High Court",
    "Supreme Court",
    "Court of Appeal",
    "Anti-Human Trafficking Unit",
    "Ghana Police Service",
    "Philippine National Police",
    "Department of Social Welfare and Development",
    "Santo Domingo",
    "Phnom Penh",
    "Dar es Salaam",
    "Guatemala City",
    "San Pedro Sula",
    "Cape Coast",
    "Monday March",
    "Good Friday",
    "Bolivian Children",
    "Answered Prayer",
    "Urgent Prayer Request",
    "Field Office Director",
    "Attorney General",
    "District Magistrate",
    "NGO Partners",
  ])("does not take %j for a name", (text) => {
    expect(found(`Pray for ${text} this week.`)).toEqual([]);
    expect(found(`${text}\nPlease pray.`)).toEqual([]);
  });

  it("joins a name wrapped across lines only in a hard-wrapped paragraph", () => {
    const wrapped =
      "Please pray for the survivors in this case and for their families, especially Maria\nSantos, who testified.";
    expect(found(wrapped)).toEqual([["full-name", "Maria\nSantos"]]);
    expect(found("Kenya\nJoseph will testify.")).toEqual([]);
  });
});

describe("rule 2: an exact age with a town", () => {
  it.each([
    ["A 14-year-old girl from Kisumu was rescued.", "14-year-old girl from Kisumu"],
    ["She was aged 9, in Ratchaburi, when it began.", "aged 9, in Ratchaburi"],
    [
      "She was 15 years old when a neighbour took her from her home near Tema.",
      "15 years old when a neighbour took her from her home near Tema",
    ],
    ["In Tamale, a fourteen-year-old boy was freed.", "Tamale, a fourteen-year-old"],
    ["A 6-month-old baby in Cebu City was rescued.", "6-month-old baby in Cebu City"],
    [
      "Ana*, 13, from the village of Agbogbloshie, is safe.",
      "13, from the village of Agbogbloshie",
    ],
    ["He was rescued at the age of 11 from San Isidro.", "at the age of 11 from San Isidro"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["age-and-town", match]]);
  });

  it.each([
    "Pray for a 14-year-old girl who was rescued.",
    "A 14-year-old girl in Ghana was rescued.",
    "A 14-year-old girl in Northern Ghana was rescued.",
    "A 12-year-old boy was rescued from Lake Volta.",
    "A 16-year-old from the Volta Region is now safe.",
    "A 14-year-old girl from the Philippines testified in Court.",
    "Children aged between 12 and 17 in Tema were helped.",
    "Pray for the team in Tema.",
    "A 14-year-old girl testified in March.",
    "A 14-year-old girl was rescued.\n\nSeparately, the team in Kisumu thanks you.",
    "Pray for a 15-year-old survivor, who trusts in Jesus.",
    "She was rescued just days after her eighteenth birthday in Ghana.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("explains the risk", () => {
    expect(findPersonalIdentifiers("A 14-year-old girl from Kisumu.")[0]?.message).toBe(
      "An exact age (“14-year-old”) together with a town (“Kisumu”) can identify someone. Give an age range (e.g. “a teenager”) or name only the country.",
    );
  });
});

describe("rule 2: a given name with an exact age and a place", () => {
  it.each([
    ["Pray for Sunita, 16, of Sonagachi, as she heals.", "Sunita, 16, of Sonagachi"],
    ["16-year-old Anjali of Kamathipura is safe.", "16-year-old Anjali of Kamathipura"],
    [
      "Pray for a 13-year-old girl named Rosa from El Alto.",
      "13-year-old girl named Rosa from El Alto",
    ],
    ["Pray for Kofi (11), rescued near Yeji.", "Kofi (11), rescued near Yeji"],
    ["Grace, a 15-year-old from Dhading, is safe.", "Grace, a 15-year-old from Dhading"],
    ["Pray for Ama, now 12, who lives in Kete Krachi.", "Ama, now 12, who lives in Kete Krachi"],
    ["Oremos por Rosa, de 13 años, de Villa Nueva.", "Rosa, de 13 años, de Villa Nueva"],
    ["Priez pour Afi, âgée de 14 ans, de Cotonou.", "Afi, âgée de 14 ans, de Cotonou"],
    ["Priez pour Koffi, 12 ans, de Bouaké.", "Koffi, 12 ans, de Bouaké"],
    ["Orem pela Júlia, de 14 anos, do Recife.", "Júlia, de 14 anos, do Recife"],
    ["Pray for रीता, 15, of Sonagachi.", "रीता, 15, of Sonagachi"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["name-age-place", match]]);
    expectWellFormed(text);
  });

  it("flags a full name as well", () => {
    expect(found("Oren por Rosa Mamani, de 13 años, de El Alto.")).toEqual([
      ["full-name", "Rosa Mamani"],
      ["name-age-place", "Rosa Mamani, de 13 años, de El Alto"],
    ]);
  });

  it("explains the risk", () => {
    expect(findPersonalIdentifiers("Pray for Sunita, 16, of Sonagachi.")[0]?.message).toBe(
      "“Sunita, 16, of Sonagachi” gives a name, an exact age and a place, which together can identify someone. Use a pseudonym marked with * (e.g. “Sunita*”) and an age range (e.g. “a teenager”), or name only the country.",
    );
  });

  it("keeps a pseudonym with an age and a town an age-and-town flag", () => {
    expect(found("Pray for Sunita*, 16, of Sonagachi.")).toEqual([
      ["age-and-town", "16, of Sonagachi"],
    ]);
  });

  it.each([
    "Pray for Sunita, 16, as she heals.",
    "Pray for Sunita*, 16, as she heals.",
    "Una niña de 12 años fue rescatada por la policía.",
    "Priez pour Afi*, âgée de 14 ans, qui a témoigné.",
    "El tratante fue condenado a 16 años de prisión en Escuintla.",
    "Hace 15 años que trabajamos en Escuintla.",
    "Depuis 10 ans à Cotonou, l'équipe aide les enfants.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("names in scripts without capitals, and in Cyrillic", () => {
  it.each([
    ["Pray for सुनीता शर्मा as she testifies.", "सुनीता शर्मा"],
    ["Pray for রহিমা খাতুন as she heals.", "রহিমা খাতুন"],
    ["Pray for สมชาย ใจดี as he testifies.", "สมชาย ใจดี"],
    ["Pray for សុខ ចាន់ថា as she heals.", "សុខ ចាន់ថា"],
    ["Pray for فاطمة أحمد and her children.", "فاطمة أحمد"],
    ["Pray for Наталья Иванова as she heals.", "Наталья Иванова"],
    ["प्रार्थना करें सुनीता शर्मा के लिए।", "सुनीता शर्मा"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["full-name", match]]);
  });

  it.each([
    "Pray for our partners in काठमाडौं and पोखरा.",
    "The women wrote ขอบคุณพระเจ้า on the banner.",
    "The choir sang यीशु मसीह in Nepali.",
    "Pray for the officers of বাংলাদেশ পুলিশ.",
    "Pray for the Православная Церковь volunteers.",
    "The banner said السلام عليكم in large letters.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("operations, churches, organisations and places that look like names", () => {
  it.each([
    "Pray for Operation Lotus Flower.",
    "Operation Blue Heart led to five arrests.",
    "La Operación Sol Naciente rescató a nueve adolescentes.",
    "Iglesia Bautista Emanuel prayed for the survivors.",
    "L'Église Évangélique de Cotonou a prié pour les enfants.",
    "A Assembleia de Deus em Manaus orou.",
    "Thank you, Living Word Fellowship, for hosting.",
    "Pray for Justice Ventures International.",
    "Pray for Shakti Samuha, a survivor-led organisation in Nepal.",
    "Pray for the Shakti Vahini team in Delhi.",
    "Pray for the families in Svay Pak and Tuol Kork.",
    "Pray for the communities around Kete Krachi.",
    "Oremos por las familias de San Juan Sacatepéquez.",
    "The new office in Santa Cruz de la Sierra opened.",
    "Pray for the teams after Typhoon Odette.",
    "On Martin Luther King Jr. Day, pray for justice.",
    "Pray for the Safe Childhood Campaign in Manila.",
    "La Cour d'Appel de Cotonou a confirmé la condamnation.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["IJM Ghana Field Office Director Kofi Mensah spoke.", "Director Kofi Mensah"],
    ["Pray for those in Grace Mensah's care.", "Grace Mensah"],
    ["Pray for the team in Accra and for Kofi Mensah.", "Kofi Mensah"],
    ["PRAY FOR JOSEPHINE ADJEI AS SHE TESTIFIES IN COURT.", "JOSEPHINE ADJEI"],
    ["Grace Mensah, a church volunteer, testified.", "Grace Mensah"],
    ["Grace Mensah, a member of the church, testified.", "Grace Mensah"],
    ["Merci à Jean Dupont pour son aide.", "Jean Dupont"],
    ["Rohan D'Souza visited the families.", "Rohan D'Souza"],
  ])("still flags the person in %j", (text, match) => {
    expect(found(text)).toEqual([["full-name", match]]);
  });
});

describe("rule 3: phone numbers", () => {
  it.each([
    ["Call +233 24 123 4567 today.", "+233 24 123 4567"],
    ["Call +1 (202) 555-0143 today.", "+1 (202) 555-0143"],
    ["Call (02) 8123 4567 today.", "(02) 8123 4567"],
    ["Call 0917-123-4567 today.", "0917-123-4567"],
    ["Her mobile: 0712345678.", "0712345678"],
    ["Ring +91 98765 43210.", "+91 98765 43210"],
    ["Ring (+233) 30 273 1234.", "(+233) 30 273 1234"],
    ["The hotline is 555-0143.", "555-0143"],
    ["Write 809.555.0143 down.", "809.555.0143"],
    ["Whatsapp 2222 3333.", "2222 3333"],
    ["Or dial 2025550143.", "2025550143"],
    ["Phone 233241234567 after six.", "233241234567"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["phone", match]]);
  });

  it.each([
    "In 2024 we saw justice.",
    "Between 2019-2024 and 2019 2024, cases rose.",
    "Case 1 of 9 is nearly done.",
    "More than 1,000 people and 12,500 children were protected.",
    "Psalm 72:4 and Isaiah 1:17 and 1 John 3:18.",
    "The hearing is on 12-05-2024 or 2024.05.12.",
    "Criminal Case No. 1234567 was heard.",
    "Case CR-2023-0456 was heard.",
    "In 2024 120 children were rescued.",
    "1 000 000 people live there.",
    "Republic Act 9208 and Section 370 apply.",
    "Our staff work 24/7 for 101 survivors.",
    "Rescued 15 girls, 3 boys and 7 women.",
    "Reference 1712345678901 is closed.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("rule 4: e-mail addresses", () => {
  it.each([
    ["Write to maria.santos@example.org today.", "maria.santos@example.org"],
    ["Write to info@ijm.org.gh.", "info@ijm.org.gh"],
    ["(Reply: j_doe+prayer@mail.example.com)", "j_doe+prayer@mail.example.com"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["email", match]]);
  });

  it.each([
    "Follow @IJM for news.",
    "We met at 10am @ the office.",
    "user@localhost is not an address here",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("rule 5: street addresses", () => {
  it.each([
    ["She lived at 12 Harbour Road.", "12 Harbour Road"],
    ["Her flat is at 45 Rue de la Paix.", "45 Rue de la Paix"],
    ["The shop is on Plot 7, Main Street.", "Plot 7, Main Street"],
    ["Write to P.O. Box 123.", "P.O. Box 123"],
    ["Write to PO Box 77.", "PO Box 77"],
    ["He lives at 221B Baker Street.", "221B Baker Street"],
    ["The bar was on 5th Avenue.", "5th Avenue"],
    ["It was on Harbour Road.", "Harbour Road"],
    ["She stayed in Flat 3B.", "Flat 3B"],
    ["She stayed at House No. 12.", "House No. 12"],
    ["Her home is Blk 4 Lot 12, Phase 2.", "Blk 4 Lot 12"],
    ["She lives in Purok 3, Barangay San Isidro.", "Purok 3"],
    ["The bar on Soi 6 was closed.", "Soi 6"],
    ["The house at Calle Duarte 45 was raided.", "Calle Duarte 45"],
    ["Her digital address is GA-492-9754.", "GA-492-9754"],
  ])("flags %j", (text, match) => {
    expect(found(text)).toEqual([["street-address", match]]);
  });

  it.each([
    "Praise God for 101 lives changed.",
    "We have 3 Close Friends in the church.",
    "The Road to Freedom is long.",
    "Pray for the road to Kumasi.",
    "The High Court in Accra sat for 12 days.",
    "Plot twists in the case.",
  ])("leaves %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("huge and hostile input", () => {
  const SIZE = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

  it.each([
    ["letters with no @", fill("a")],
    ["a local part and a long domain", `a@${fill("b.")}`],
    ["spaced digits", fill("1 ")],
    ["dashed digits", fill("1-")],
    ["brackets and plus signs", fill("+(")],
    ["capitalised words", fill("Maria ")],
    ["names in a script without capitals", fill("सुनीता शर्मा ")],
    ["names, ages and places", fill("Pray for Sunita, 16, of Sonagachi, ")],
    ["names and countries in one run", fill("Maria Santos Ghana ")],
    ["places after locatives", fill("in Svay Pak and ")],
    ["Spanish ages", fill("de 15 años ")],
    ["names and courts in one run", fill("Maria Court ")],
    ["a street that never ends", `12 ${fill("Harbour ")}`],
    ["ages and towns", fill("a 14-year-old from Tema ")],
    ["apostrophes and hyphens", fill("O'-")],
    ["spaces", fill(" ")],
    ["field paragraphs", fill(`${FIELD_PARAGRAPHS.map((p) => p.text).join("\n\n")}\n\n`)],
  ])("copes with 100,000 characters of %s", (_label, text) => {
    expect(text.length).toBeGreaterThanOrEqual(SIZE);
    const flags = findPersonalIdentifiers(text);
    expect(Array.isArray(flags)).toBe(true);
  });

  it("finds every copy of a repeated paragraph", () => {
    const paragraph = "Pray for Maria Santos, 0244-123-456.\n\n";
    const flags = findPersonalIdentifiers(paragraph.repeat(2_000));
    expect(flags.filter((f) => f.kind === "full-name")).toHaveLength(2_000);
    expect(flags.filter((f) => f.kind === "phone")).toHaveLength(2_000);
  });

  it("returns nothing for empty text", () => {
    expect(findPersonalIdentifiers("")).toEqual([]);
  });
});
