// Held-out layouts: written apart from the parser and never used to tune it.
// Made-up bulletins in the style of a justice mission's weekly prayer e-mail; no survivor is named.

import type { Layout } from "./types";

export const HELD_OUT: Layout[] = [
  {
    name: "E-mail with greeting, sign-off and verse reference on its own line",
    text: `Subject: This week's IJM prayer requests

Dear friends,

Thank you for carrying this work in prayer. Every week our teams see God move in courtrooms, police stations and aftercare homes, and we are so grateful that you stand with them. Here is what is on our hearts this week.

Psalm 82:3
"Defend the weak and the fatherless; uphold the cause of the poor and the oppressed."

Africa

Ask God to give courage to the witnesses in a police abuse case in Nairobi. The final hearings begin on Monday; pray that no one would be intimidated into silence.

Thank God for the conviction of two men who trafficked children into forced labour on Lake Volta in Ghana. Each was sentenced to fifteen years in prison.

Latin America

Remember our aftercare team in Guatemala City as they walk with families through a trial that has now lasted more than two years. Pray for endurance and rest for our social workers.

South Asia

Lift up the 23 bonded labourers released from a brick kiln outside Chennai last week. Pray that their release certificates would be issued quickly so that each family can receive government rehabilitation support.

Southeast Asia

Celebrate with us: Filipino authorities rescued eleven children from online sexual exploitation in a joint operation, and every child is now in safe care.

HQ & Global Partners

Intercede for the churches preparing to host Freedom Sunday this autumn. Ask God to stir congregations to pray, give and speak up for those still held in slavery.

With gratitude,
The IJM Prayer Team`,
    verse: "Psalm 82:3",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "police abuse case in Nairobi",
      },
      {
        region: "africa",
        country: "Ghana",
        kind: "praise",
        contains: "forced labour on Lake Volta",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "aftercare team in Guatemala City",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "brick kiln outside Chennai",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "rescued eleven children from online",
      },
      {
        region: "global",
        country: null,
        kind: "request",
        contains: "host Freedom Sunday this autumn",
      },
    ],
  },
  {
    name: "Markdown **bold** region headings with continuously numbered items",
    text: `**IJM Prayer Points — Week of 9 June**

*"Learn to do right; seek justice. Defend the oppressed. Take up the cause of the fatherless; plead the case of the widow."* — Isaiah 1:17

**Africa**

1. Pray for a Ugandan magistrate hearing a case of sexual violence against a 12-year-old girl. Ask that the proceedings would be handled with care and that the child would not be re-traumatised.
2. Praise God that 40 police officers in Lusaka completed IJM's trauma-informed investigation training this month.
3. Pray for our team in Kinshasa as they document cases of police abuse and unlawful detention.

**Latin America**

4. Pray for the Bolivian prosecutors preparing appeals in two cases of child sexual abuse, that the original convictions would be upheld.
5. Praise God! A court in Santo Domingo sentenced a trafficker who exploited teenage girls in the tourism industry to 20 years in prison.

**South Asia**

6. Pray for the survivors of sex trafficking now living in a shelter in Kathmandu, that they would find safety, community and hope.
7. Pray for wisdom for our partners in Bangladesh as they launch a new hotline for reporting forced labour in fish-drying yards.

**Southeast Asia**

8. Pray for the Cambodian police unit that specialises in child protection, that officers would be protected from corruption and given the resources they need.
9. Praise God for a landmark ruling in Bangkok recognising forced labour on fishing boats as human trafficking.

**HQ & Global Partners**

10. Pray for the IJM Canada team as they host an advocacy day in Ottawa, asking Parliament to strengthen laws against forced labour in supply chains.`,
    verse: "Isaiah 1:17",
    items: [
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "Ugandan magistrate hearing a case",
      },
      {
        region: "africa",
        country: "Zambia",
        kind: "praise",
        contains: "40 police officers in Lusaka",
      },
      {
        region: "africa",
        country: "Democratic Republic of the Congo",
        kind: "request",
        contains: "our team in Kinshasa",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "request",
        contains: "Bolivian prosecutors preparing appeals",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "praise",
        contains: "court in Santo Domingo sentenced",
      },
      {
        region: "south-asia",
        country: "Nepal",
        kind: "request",
        contains: "a shelter in Kathmandu",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "request",
        contains: "forced labour in fish-drying yards",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "Cambodian police unit that specialises",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "landmark ruling in Bangkok",
      },
      { region: "global", country: "Canada", kind: "request", contains: "IJM Canada team" },
    ],
  },
  {
    name: "Sub-region headings only (West Africa, the Andes, Mekong Region…) with reference-first verse",
    text: `Prayer Requests from the Field
June 2024

Micah 6:8 — “He has shown you, O mortal, what is good. And what does the Lord require of you? To act justly and to love mercy and to walk humbly with your God.”

West Africa

Pray for the Ghanaian court hearing the case against a boat owner accused of enslaving children on the lake. The verdict is expected this month.

Give thanks for the new child-protection shelter that opened in Freetown, run in partnership with local churches.

East Africa

Pray for the families of men who died in police custody in Kenya, as they continue to seek accountability.

Pray that the new police investigation unit in Kampala would receive the funding it needs to respond to reports of child sexual abuse.

Central America

Ask God to protect the IJM lawyers in Honduras who have received threats after a high-profile sexual violence conviction.

Praise God that a Guatemalan appeals court upheld the 30-year sentence of a man who abused two young girls.

The Andes

Pray for Peruvian investigators as they build a case against a network that recruited teenagers with false job offers in the gold mines.

Thank God for the three survivors in Bolivia who graduated from our aftercare program this spring and are now studying or working.

Mekong Region

Pray for Cambodian survivors of forced labour in online scam compounds as they return home and rebuild their lives.

Intercede for the Thai labour inspectors who will board fishing vessels in the coming weeks, that they would identify anyone held in forced labour.

Global Church

Pray for the more than 1,000 churches that have registered for Freedom Sunday, that their congregations would be moved to act for justice.`,
    verse: "Micah 6:8",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "Ghanaian court hearing the case",
      },
      {
        region: "africa",
        country: "Sierra Leone",
        kind: "praise",
        contains: "shelter that opened in Freetown",
      },
      { region: "africa", country: "Kenya", kind: "request", contains: "died in police custody" },
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "police investigation unit in Kampala",
      },
      {
        region: "latin-america",
        country: "Honduras",
        kind: "request",
        contains: "IJM lawyers in Honduras",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "praise",
        contains: "Guatemalan appeals court upheld",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "request",
        contains: "job offers in the gold mines",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "praise",
        contains: "graduated from our aftercare program",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "online scam compounds",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "Thai labour inspectors",
      },
      {
        region: "global",
        country: null,
        kind: "request",
        contains: "registered for Freedom Sunday",
      },
    ],
  },
  {
    name: "Country – text one-liners under capitalised region headings, no verse",
    text: `IJM Prayer Requests – week of 3 March

A quick round-up of needs from our field offices this week. Please keep these before the Lord and share them with your small group.

AFRICA
Kenya – Pray for the families seeking justice after police killings in the informal settlements of Nairobi.
Uganda – Praise God for a guilty verdict in a case of sexual violence against a 9-year-old boy.
Ghana - Pray for the 14 children rescued from fishing boats last month as they are reunited with their families.
Zambia — Pray for widows whose land and homes were seized by relatives, that local courts would restore their property.

LATIN AMERICA
Bolivia – Thank God for 120 teachers trained to recognise and report child sexual abuse.
Dominican Republic – Pray for the upcoming trial of a hotel employee charged with selling minors for sex.
Guatemala – Pray that the new specialised court for crimes against children would be fully staffed.

SOUTH ASIA
India – Pray for survivors of bonded labour in Tamil Nadu who are still awaiting compensation from the state.
Bangladesh – Pray for a smooth handover of our forced labour program to government partners.

SOUTHEAST ASIA
Philippines – Praise God that lawmakers passed a stronger law against the online sexual exploitation of children.
Thailand – Pray for a labour trafficking trial that has now been postponed five times.
Cambodia – Pray for our aftercare partners caring for teenage survivors of sex trafficking.

HQ & GLOBAL PARTNERS
Freedom Sunday – Pray for pastors preparing sermons on God's heart for justice.
United Kingdom – Pray for our UK team as they meet Members of Parliament about modern slavery legislation.`,
    verse: null,
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "police killings in the informal settlements",
      },
      { region: "africa", country: "Uganda", kind: "praise", contains: "guilty verdict in a case" },
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "14 children rescued from fishing boats",
      },
      {
        region: "africa",
        country: "Zambia",
        kind: "request",
        contains: "widows whose land and homes",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "praise",
        contains: "120 teachers trained",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "request",
        contains: "trial of a hotel employee",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "specialised court for crimes against children",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "bonded labour in Tamil Nadu",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "request",
        contains: "smooth handover of our forced labour",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "lawmakers passed a stronger law",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "postponed five times",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "aftercare partners caring for teenage",
      },
      { region: "global", country: null, kind: "request", contains: "pastors preparing sermons" },
      {
        region: "global",
        country: "United Kingdom",
        kind: "request",
        contains: "meet Members of Parliament",
      },
    ],
  },
  {
    name: "Bulleted list without region headings, reference-first verse with ASCII hyphen",
    text: `IJM Prayer Bulletin

Proverbs 31:8-9 - "Speak up for those who cannot speak for themselves, for the rights of all who are destitute. Speak up and judge fairly; defend the rights of the poor and needy."

This month we want to share a few short updates from across our field offices. None of this work happens without your prayers, and we are deeply thankful for you.

• Pray for the Kenyan magistrates who will hear three police abuse cases this month, that they would rule without fear or favour.
• Praise God for the rescue of 16 women and girls from a brothel in Kolkata during a police operation supported by IJM.
• Remember the families in Quito who are waiting for the trial of a school worker accused of abusing children.
• Lift up the Filipino survivors who testified in court this week against the people who exploited them online. Ask God to bring deep healing and peace.
• Thank God for the local churches in Lilongwe that have begun hosting support groups for survivors of sexual violence.
• Intercede for the police officers in Dhaka who investigate forced labour cases, that they would have integrity and stamina.
• Pray for our headquarters staff in the United States as they plan the budget and priorities for the year ahead.

Thank you for standing with us,
IJM Prayer Team`,
    verse: "Proverbs 31:8-9",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "Kenyan magistrates who will hear",
      },
      { region: "south-asia", country: "India", kind: "praise", contains: "a brothel in Kolkata" },
      {
        region: "latin-america",
        country: "Ecuador",
        kind: "request",
        contains: "families in Quito",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "Filipino survivors who testified",
      },
      {
        region: "africa",
        country: "Malawi",
        kind: "praise",
        contains: "local churches in Lilongwe",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "request",
        contains: "police officers in Dhaka",
      },
      {
        region: "global",
        country: "United States",
        kind: "request",
        contains: "headquarters staff in the United States",
      },
    ],
  },
  {
    name: "Praise reports / prayer requests sections with [Country] tags, underlined plain-text headings",
    text: `IJM PRAYER & PRAISE - APRIL
===========================

Isaiah 61:1
'He has sent me to bind up the brokenhearted, to proclaim freedom for the captives and release from darkness for the prisoners.'

PRAISE REPORTS
--------------
[Uganda] Thank God for the release of nine men who had been held in pretrial detention for over two years after our lawyers took up their cases.
[Peru] Praise God! Police in Lima rescued four teenage girls from a sex trafficking ring, and the two main suspects have been arrested.
[Global] We give thanks that over 600 churches took part in Freedom Sunday last year, more than ever before.

PRAYER REQUESTS
---------------
[Cambodia] Please pray for the trial of a foreign national charged with abusing children in Siem Reap, set for later this month.
[India] Ask God to protect the families of bonded labourers in Karnataka who face threats from the kiln owner after testifying.
[Honduras] Pray for the new program in San Pedro Sula as the team builds relationships with police and prosecutors.
[Tanzania] Pray for the child protection desk officers in Dar es Salaam, that reports of abuse would be investigated quickly.
[United Kingdom] Pray for IJM UK as it launches a campaign urging the government to strengthen its modern slavery strategy.

-- IJM Prayer Team | reply to this e-mail to join the weekly prayer call`,
    verse: "Isaiah 61:1",
    items: [
      {
        region: "africa",
        country: "Uganda",
        kind: "praise",
        contains: "held in pretrial detention",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "praise",
        contains: "Police in Lima rescued",
      },
      { region: "global", country: null, kind: "praise", contains: "600 churches took part" },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "abusing children in Siem Reap",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "bonded labourers in Karnataka",
      },
      {
        region: "latin-america",
        country: "Honduras",
        kind: "request",
        contains: "new program in San Pedro Sula",
      },
      {
        region: "africa",
        country: "Tanzania",
        kind: "request",
        contains: "child protection desk officers",
      },
      {
        region: "global",
        country: "United Kingdom",
        kind: "request",
        contains: "strengthen its modern slavery strategy",
      },
    ],
  },
  {
    name: "Rich e-mail with __underscored__ headings, mixed praise/request items and verse at the end",
    text: `Hi all,

It has been a full month across our field offices, with hard news and real breakthroughs side by side. Below are the updates our teams asked us to share with you.

__Africa__

Praise God that the Zambian High Court restored a home to a widow whose in-laws had evicted her. Pray that this ruling would encourage other widows to come forward.

Pray for our new partnership with police in Abidjan, Côte d’Ivoire, to fight the sexual exploitation of children.

__Latin America__

Please pray for Salvadoran prosecutors as they review evidence in a case of sexual violence against a 7-year-old boy. We also give thanks for the courage of his mother, who reported the abuse.

Celebrate with us! Our team in Recife trained 200 police officers in how to interview child victims with care.

__South Asia__

Lift up the children rescued from forced begging in Lahore last week, that they would feel safe and loved in their new homes.

Pray for Indian state officials reviewing dozens of pending bonded labour cases in Odisha.

__Southeast Asia__

Thank God for the first conviction under Malaysia’s new anti-trafficking law, a milestone for the whole region.

Intercede for the children in Cebu who were rescued from online sexual exploitation last year and are now preparing to testify.

__HQ & Global Partners__

Thank God for the staff of IJM Netherlands as they celebrate ten years of advocacy for people in slavery.

Pray for Freedom Sunday organisers in Australia as they prepare resources for hundreds of churches.

“Let justice roll on like a river, righteousness like a never-failing stream!” — Amos 5:24

Blessings,
The IJM Prayer Team`,
    verse: "Amos 5:24",
    items: [
      {
        region: "africa",
        country: "Zambia",
        kind: "praise",
        contains: "Zambian High Court restored a home",
      },
      {
        region: "africa",
        country: "Côte d'Ivoire",
        kind: "request",
        contains: "partnership with police in Abidjan",
      },
      {
        region: "latin-america",
        country: "El Salvador",
        kind: "request",
        contains: "Salvadoran prosecutors as they review",
      },
      {
        region: "latin-america",
        country: "Brazil",
        kind: "praise",
        contains: "Our team in Recife trained",
      },
      {
        region: "south-asia",
        country: "Pakistan",
        kind: "request",
        contains: "forced begging in Lahore",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "pending bonded labour cases",
      },
      {
        region: "southeast-asia",
        country: "Malaysia",
        kind: "praise",
        contains: "first conviction under Malaysia",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "children in Cebu who were rescued",
      },
      {
        region: "global",
        country: "Netherlands",
        kind: "praise",
        contains: "staff of IJM Netherlands",
      },
      {
        region: "global",
        country: "Australia",
        kind: "request",
        contains: "Freedom Sunday organisers in Australia",
      },
    ],
  },
];
