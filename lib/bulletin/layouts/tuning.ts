// Tuning corpus: twelve made-up bulletins of a justice mission, each in a different layout, with
// the draft a careful staff member would make of each. The parser was tuned on these.

import type { Layout } from "./types";

export const TUNING: Layout[] = [
  {
    name: "Plain e-mail: greeting, intro, plain region headings, sign-off",
    text: `IJM Weekly Prayer Update – 14 March

Dear friends,

Thank you for praying with us each week. Below are updates from our field offices; we have kept details brief to protect the people we serve.

"Learn to do right; seek justice. Defend the oppressed." – Isaiah 1:17

Africa

Remember the trafficking survivors in Ghana who will testify in court this month. Ask that they feel safe and supported, and that the judge would hear the case without further adjournments.

Lift up our Kenya team as they train 40 new police officers in Kisumu on handling complaints of police abuse with integrity.

Latin America

Thank God with us: a court in Guatemala City convicted a man of sexually abusing a child, and the sentence was upheld on appeal last week.

South Asia

Please pray for families freed from a rice mill in southern India last month. Pray that their release certificates are issued quickly so they can receive government rehabilitation support.

Southeast Asia

Intercede for the investigators in the Philippines working on online sexual exploitation of children cases, that they would be protected from secondary trauma.

HQ & Global Partners

Praise God for the 120 volunteers who joined our prayer gathering at headquarters.

Thank you for standing with us in prayer,
The IJM Prayer Team
`,
    verse: "Isaiah 1:17",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "testify in court this month",
      },
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "train 40 new police officers",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "praise",
        contains: "sentence was upheld on appeal",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "families freed from a rice mill",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "protected from secondary trauma",
      },
      { region: "global", country: null, kind: "praise", contains: "120 volunteers who joined" },
    ],
  },
  {
    name: "Bold region headings over sub-region headings (West/East Africa), reference-first verse",
    text: `Prayer Points – June

Psalm 82:3 — "Defend the weak and the fatherless; uphold the cause of the poor and the oppressed."

Hi all, here are this month's prayer points from the field. Please share them with your small groups.

**Africa**

West Africa
- Pray for the Ghanaian court hearing a fishing-trafficking case on Lake Volta; the defence has asked for a fourth adjournment.
- Give thanks that Senegal's new child protection unit opened in Dakar this month.

East Africa
- Pray for Kenyan officers facing an internal inquiry after a complaint of police abuse we helped file.
- Celebrate with us: Uganda's high court confirmed a land-grabbing conviction that protects a widow's home.

__Latin America__
- Ask God to give Bolivian prosecutors courage as they present evidence against a sexual-violence suspect in El Alto.

__Southeast Asia__
- Rejoice! Filipino survivors led a church service in Pampanga about hope after online exploitation.
- Pray for wisdom for Cambodian police investigating a labour-trafficking ring on fishing boats.

Grace and peace,
Prayer Ministry Team
`,
    verse: "Psalm 82:3",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "asked for a fourth adjournment",
      },
      {
        region: "africa",
        country: "Senegal",
        kind: "praise",
        contains: "new child protection unit opened",
      },
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "internal inquiry after a complaint",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "praise",
        contains: "confirmed a land-grabbing conviction",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "request",
        contains: "courage as they present evidence",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "led a church service",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "investigating a labour-trafficking ring",
      },
    ],
  },
  {
    name: "Numbered region headings (1. / 2)) with 'Country – text' one-liners and a contact line",
    text: `IJM Prayer Bulletin #42

"Seek justice, defend the oppressed." (Isaiah 1:17)

Dear prayer partners,

1. Africa
Kenya – Pray for the appeal in Mombasa where an officer is accused of an unlawful killing.
Zambia – Praise God for 12 police officers who completed our victim-care training in Lusaka.
Malawi – Pray that district magistrates apply the new trafficking guidelines.
Uganda – Give thanks for a peaceful community justice forum in Gulu.

2) South Asia
India – Pray for 30 labourers rescued from a brick kiln near Chennai as they return home.
Bangladesh – Intercede for women awaiting repatriation after being trafficked abroad.
Nepal – Thank God for a new shelter partnership in Kathmandu.

3. Southeast Asia
Thailand – Pray for the trial of a man accused of livestreaming the abuse of children.
Vietnam – Praise for a first joint training with provincial police in Hanoi.

Blessings,
The Prayer Team
prayer@example.org
`,
    verse: "Isaiah 1:17",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "accused of an unlawful killing",
      },
      {
        region: "africa",
        country: "Zambia",
        kind: "praise",
        contains: "completed our victim-care training",
      },
      {
        region: "africa",
        country: "Malawi",
        kind: "request",
        contains: "apply the new trafficking guidelines",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "praise",
        contains: "peaceful community justice forum",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "rescued from a brick kiln",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "request",
        contains: "women awaiting repatriation",
      },
      {
        region: "south-asia",
        country: "Nepal",
        kind: "praise",
        contains: "new shelter partnership",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "livestreaming the abuse of children",
      },
      {
        region: "southeast-asia",
        country: "Vietnam",
        kind: "praise",
        contains: "first joint training with provincial police",
      },
    ],
  },
  {
    name: "Roman-numeral headings, one request per line with no blank lines, varied opening verbs",
    text: `Monthly Prayer Letter — April

Greetings in the name of Jesus! As Freedom Sunday approaches, we are grateful for every church and friend who carries these needs to the Lord.

“He has shown you, O mortal, what is good. And what does the LORD require of you? To act justly and to love mercy and to walk humbly with your God.”
Micah 6:8

I. Africa
We are grateful that Rwandan investigators closed a child sexual-abuse case with a conviction in Kigali.
Please ask the Lord to sustain our aftercare social workers in the Democratic Republic of the Congo, who carry heavy caseloads.

II. Latin America
Remember the Guatemalan prosecutors preparing closing arguments in a trafficking trial next week.
Celebrate with us: the Dominican Republic passed a protocol for police interviews with child victims.

III. South Asia
Lift up families in Indian brick kilns who are still held by debts they cannot repay.
Thank God for a district official in Nepal who ordered the release of 14 bonded labourers.

IV. HQ & Global Partners
Intercede for our team in the Netherlands as they brief lawmakers on online sexual exploitation of children.

In His service,
The Justice Prayer Network
`,
    verse: "Micah 6:8",
    items: [
      {
        region: "africa",
        country: "Rwanda",
        kind: "praise",
        contains: "closed a child sexual-abuse case",
      },
      {
        region: "africa",
        country: "Democratic Republic of the Congo",
        kind: "request",
        contains: "sustain our aftercare social workers",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "preparing closing arguments",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "praise",
        contains: "protocol for police interviews",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "held by debts they cannot repay",
      },
      {
        region: "south-asia",
        country: "Nepal",
        kind: "praise",
        contains: "ordered the release of 14",
      },
      {
        region: "global",
        country: "Netherlands",
        kind: "request",
        contains: "brief lawmakers on online",
      },
    ],
  },
  {
    name: "Markdown ## headings with ### country and Mekong sub-headings, 'Ref: quote' verse, footer",
    text: `# Prayer Requests — Week 23

Isaiah 1:17: “Learn to do right; seek justice. Defend the oppressed.”

Hello friends! Our Southeast Asia and South Asia teams sent a longer update this week, so the other regions will return next time.

## Southeast Asia

### Philippines
Pray for Filipino survivors of online sexual exploitation of children who moved into independent living this month. Pray they find stable jobs and supportive churches.

Praise God: Philippine courts handed down five convictions in OSEC cases during May.

### Mekong Region
Thai officials have agreed to review how labour inspections are done on fishing vessels. Please pray that the review leads to real change for migrant workers.

Ask God to protect the Cambodian police unit that is investigating a brothel in Phnom Penh.

## South Asia

Give thanks for the release of 22 bonded labourers from a brick kiln in Uttar Pradesh, India.

Pray that the kiln owner is charged under the Bonded Labour System (Abolition) Act rather than let off with a fine.

---
Sent from the Prayer Desk | reply to this e-mail to unsubscribe
`,
    verse: "Isaiah 1:17",
    items: [
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "moved into independent living",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "handed down five convictions",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "review how labour inspections",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "unit that is investigating",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "praise",
        contains: "release of 22 bonded labourers",
      },
      { region: "south-asia", country: null, kind: "request", contains: "kiln owner is charged" },
    ],
  },
  {
    name: "ALL-CAPS region headings with 'Country: text' one-liners",
    text: `PRAYER BULLETIN - SEPTEMBER

"The LORD works righteousness and justice for all the oppressed." - Psalm 103:6

AFRICA
Ghana: Pray for the fishermen's association in Kete Krachi as it adopts a child-labour-free pledge.
Côte d'Ivoire: Praise God for the first trafficking conviction our partners have seen in Abidjan.
Mozambique: Pray for safety for staff travelling to rural courts during the rainy season.

LATIN AMERICA
Honduras: Pray for judges hearing a case against two police officers accused of extortion.
Peru: Thank God for a new shelter for girls in Lima, run by a partner church.
Ecuador: Lift up the prosecutors in Guayaquil who face threats over a trafficking case.

SOUTH ASIA
Sri Lanka: Pray for the launch of a community reporting line for child abuse.

HQ & GLOBAL PARTNERS
Canada: Rejoice with our Toronto team — 60 churches have signed up for Freedom Sunday.
Pray for our IT team as they move case files to a more secure system.

Thank you!
`,
    verse: "Psalm 103:6",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "adopts a child-labour-free pledge",
      },
      {
        region: "africa",
        country: "Côte d'Ivoire",
        kind: "praise",
        contains: "first trafficking conviction our partners",
      },
      {
        region: "africa",
        country: "Mozambique",
        kind: "request",
        contains: "travelling to rural courts",
      },
      {
        region: "latin-america",
        country: "Honduras",
        kind: "request",
        contains: "two police officers accused of extortion",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "praise",
        contains: "new shelter for girls",
      },
      {
        region: "latin-america",
        country: "Ecuador",
        kind: "request",
        contains: "face threats over a trafficking case",
      },
      {
        region: "south-asia",
        country: "Sri Lanka",
        kind: "request",
        contains: "community reporting line",
      },
      {
        region: "global",
        country: "Canada",
        kind: "praise",
        contains: "60 churches have signed up",
      },
      { region: "global", country: null, kind: "request", contains: "move case files" },
    ],
  },
  {
    name: "Field-office e-mail from Manila: no headings, no verse, greeting and contact sign-off",
    text: `Subject: Update from the Philippines team

Greetings from Manila!

It has been a full month here. Our team hosted visitors from two partner churches and spent many days in court. Here is what we would love you to carry with you.

First, praise God with us: a Pampanga court convicted two traffickers who sold livestreamed abuse of children to foreign customers. The sentence was life imprisonment.

Filipino survivors in our aftercare program graduated from a skills course last Friday. We are so grateful for the partners who taught the classes.

Please pray for our colleagues at the Cebu office, who are preparing for three trials that start in July. Pray for stamina and for clear testimony from every witness.

Our partners in Thailand also asked us to share a need: Thai officials are drafting new rules on online grooming. Pray the rules are strong and that they are enforced.

Finally, pray for rest for our social workers in Manila, who have been stretched thin this quarter.

In His service,
The IJM Philippines team
manila.prayer@example.org
`,
    verse: null,
    items: [
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "convicted two traffickers",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "graduated from a skills course",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "preparing for three trials",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "new rules on online grooming",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "stretched thin this quarter",
      },
    ],
  },
  {
    name: "Reference on its own line before the verse; Central America / Andes / Caribbean sub-regions",
    text: `Latin America Prayer Focus

Proverbs 31:8-9
“Speak up for those who cannot speak for themselves, for the rights of all who are destitute. Speak up and judge fairly; defend the rights of the poor and needy.”

Dear friends, this edition focuses on our Latin America teams, with one request from headquarters at the end.

Central America
Guatemala - Pray for the girls' shelter in Guatemala City as it reopens after repairs.
El Salvador - Give thanks that a sexual-violence case finally came to trial in San Salvador.
Honduras - Pray for protection for community leaders reporting police abuse in San Pedro Sula.

The Andes
Bolivian children in El Alto are returning to school after a protection campaign. Rejoice with us at the drop in reported abuse in the schools we serve!
Pray for Peruvian prosecutors handling forced-labour cases in gold-mining areas.

Caribbean
Celebrate with us: the Dominican Republic’s first specialised trafficking court held its opening session.
Intercede for Haiti, where insecurity has delayed every hearing this quarter.

Headquarters
Pray for the team planning our Latin America leadership retreat.

With gratitude,
The Prayer Team
`,
    verse: "Proverbs 31:8-9",
    items: [
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "reopens after repairs",
      },
      {
        region: "latin-america",
        country: "El Salvador",
        kind: "praise",
        contains: "finally came to trial",
      },
      {
        region: "latin-america",
        country: "Honduras",
        kind: "request",
        contains: "community leaders reporting police abuse",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "praise",
        contains: "drop in reported abuse",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "request",
        contains: "cases in gold-mining areas",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "praise",
        contains: "held its opening session",
      },
      {
        region: "latin-america",
        country: "Haiti",
        kind: "request",
        contains: "delayed every hearing this quarter",
      },
      {
        region: "global",
        country: null,
        kind: "request",
        contains: "planning our Latin America leadership retreat",
      },
    ],
  },
  {
    name: "Praise Reports / Prayer Requests sections instead of region headings",
    text: `IJM Prayer & Praise – Week of 3 November

“Rescue the weak and the needy; deliver them from the hand of the wicked.” — Psalm 82:4

We received so many updates this week that we have sorted them into praises and requests rather than regions.

PRAISE REPORTS

Celebrate with us! In Kenya, a magistrate in Nairobi ruled that the death of a man in police custody was unlawful, opening the way for charges.

Rejoice: the Ugandan parliament passed amendments that make it easier to prosecute land grabbing from widows.

We are grateful for 9 new partner churches in Bangladesh that will host survivor support groups.

PRAYER REQUESTS

Please ask God to give wisdom to the Indonesian investigators who joined our online exploitation training.

Pray for the aftercare team in Dhaka as they welcome new staff.

Remember our Freedom Sunday coordinators in Australia, who are contacting churches across the country this month.

Thanks for praying!
- The Prayer Team
`,
    verse: "Psalm 82:4",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "praise",
        contains: "man in police custody",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "praise",
        contains: "parliament passed amendments",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "praise",
        contains: "9 new partner churches",
      },
      {
        region: "southeast-asia",
        country: "Indonesia",
        kind: "request",
        contains: "joined our online exploitation training",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "request",
        contains: "welcome new staff",
      },
      {
        region: "global",
        country: "Australia",
        kind: "request",
        contains: "Freedom Sunday coordinators",
      },
    ],
  },
  {
    name: "Bulleted lists under 'Please pray for:' / 'Praise God for:' lead-ins, 'Country - text' bullets",
    text: `Prayer Requests — Africa & South Asia

"Let justice roll on like a river, righteousness like a never-failing stream!" - Amos 5:24

Hi everyone,

A short one this week as several of our staff are at a regional conference.

Africa
Please pray for:
• Kenya - the officers trained last month on case documentation, that they put it into practice
• Tanzania - a hearing in Dar es Salaam on a domestic-servitude case
• Zimbabwe - safe travel for our team visiting partner churches in Harare
Praise God for:
• Malawi - a conviction in a child sexual-abuse case after two years of hearings
• Rwanda - new funding for the community volunteers network

South Asia
• India: pray for the trial of a trafficker in Kolkata, postponed four times
• India: thank God for 40 families who received land titles after release from bonded labour
• Pakistan: pray for brick kiln families awaiting freedom certificates near Lahore

Talk soon,
Your Prayer Coordinator
`,
    verse: "Amos 5:24",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "trained last month on case documentation",
      },
      {
        region: "africa",
        country: "Tanzania",
        kind: "request",
        contains: "on a domestic-servitude case",
      },
      {
        region: "africa",
        country: "Zimbabwe",
        kind: "request",
        contains: "safe travel for our team",
      },
      {
        region: "africa",
        country: "Malawi",
        kind: "praise",
        contains: "after two years of hearings",
      },
      {
        region: "africa",
        country: "Rwanda",
        kind: "praise",
        contains: "community volunteers network",
      },
      { region: "south-asia", country: "India", kind: "request", contains: "postponed four times" },
      { region: "south-asia", country: "India", kind: "praise", contains: "received land titles" },
      {
        region: "south-asia",
        country: "Pakistan",
        kind: "request",
        contains: "awaiting freedom certificates",
      },
    ],
  },
  {
    name: "Freedom Sunday guide for partner churches, verse at the end reference-first",
    text: `Freedom Sunday 2025 – Prayer Guide for Partner Churches

Hi everyone,

Freedom Sunday is three weeks away! Over 900 churches around the world have registered. Below are a few requests to share from the pulpit or in your prayer meeting.

Partner Churches
Pray that pastors preaching on God's heart for justice will speak with clarity and compassion.
Thank God for the church in Germany that is translating the Freedom Sunday materials into German.
Lift up the youth groups in the United Kingdom running a 24-hour prayer vigil for children exploited online.

From the Field
Ask God to open doors for churches in Cambodia that want to join the movement but have no materials in Khmer.
Give thanks for Zambian pastors who now teach their congregations how to report abuse safely.

Micah 6:8 — "And what does the LORD require of you? To act justly and to love mercy and to walk humbly with your God."

Blessings,
The Prayer Team
IJM Church Mobilization | churches@example.org
`,
    verse: "Micah 6:8",
    items: [
      {
        region: "global",
        country: null,
        kind: "request",
        contains: "speak with clarity and compassion",
      },
      {
        region: "global",
        country: "Germany",
        kind: "praise",
        contains: "translating the Freedom Sunday materials",
      },
      {
        region: "global",
        country: "United Kingdom",
        kind: "request",
        contains: "24-hour prayer vigil",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "no materials in Khmer",
      },
      {
        region: "africa",
        country: "Zambia",
        kind: "praise",
        contains: "how to report abuse safely",
      },
    ],
  },
  {
    name: "Southern Africa / Mekong sub-regions with mixed dash and colon one-liners, verse last",
    text: `Weekly Prayer Points
(please forward to your prayer chain)

Southern Africa
Zambia - Pray for the magistrates in Lusaka hearing three property-grabbing cases this month.
South Africa - Praise God that a survivors' support group in Cape Town has grown to 20 members.
Mozambique - Pray for the new anti-trafficking task force in Maputo to be well resourced.

Mekong Region
Cambodia – Pray for protection for Cambodian children at risk of being sold for online exploitation.
Thailand – Thank God for the Bangkok court ruling on forced labour on fishing boats.
Vietnam: Intercede for a cross-border case involving women trafficked for forced marriage.
Laos: Pray that officials in Vientiane sign the new cooperation agreement.

South Asia
Nepal - Pray for the young men rescued from a labour camp as they return to their villages.

Psalm 10:17-18
"You, LORD, hear the desire of the afflicted; you encourage them... defending the fatherless and the oppressed."

Thank you for standing with us!
`,
    verse: "Psalm 10:17-18",
    items: [
      {
        region: "africa",
        country: "Zambia",
        kind: "request",
        contains: "three property-grabbing cases",
      },
      {
        region: "africa",
        country: "South Africa",
        kind: "praise",
        contains: "grown to 20 members",
      },
      {
        region: "africa",
        country: "Mozambique",
        kind: "request",
        contains: "to be well resourced",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "at risk of being sold",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "court ruling on forced labour",
      },
      {
        region: "southeast-asia",
        country: "Vietnam",
        kind: "request",
        contains: "trafficked for forced marriage",
      },
      {
        region: "southeast-asia",
        country: "Laos",
        kind: "request",
        contains: "new cooperation agreement",
      },
      {
        region: "south-asia",
        country: "Nepal",
        kind: "request",
        contains: "rescued from a labour camp",
      },
    ],
  },
];
