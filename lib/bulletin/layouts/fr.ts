// French-language layouts: made-up bulletins as a francophone IJM office or partner church network
// would e-mail them, with the draft a careful staff member would make of each. Countries are
// written in French; expected countries are the parser's English names. No survivor is identified.

import type { Layout } from "./types";

export const FRENCH: Layout[] = [
  {
    name: "Like the seed: title, «» verse then '- Psaume 72:4', French region headings, one paragraph per item, HQ note",
    text: `IJM – Sujets de prière

«\u00a0Il fera droit aux malheureux du peuple, il sauvera les enfants du pauvre, et il écrasera l'oppresseur.\u00a0»

- Psaume 72:4


Afrique

Priez pour les procès en cours contre des réseaux de traite au Ghana, en particulier pour trois affaires qui arrivent à leur terme. Demandez à Dieu que les audiences avancent sans nouveau renvoi et que justice soit rendue. Priez aussi pour la guérison des personnes rescapées et pour l'encouragement de nos juristes.

Amérique latine

Louons Dieu pour sa fidélité : notre convention avec les autorités judiciaires de Bolivie vient d'être renouvelée ! Depuis plus d'un an, nous vous demandions de prier pour ce renouvellement, et la signature a eu lieu hier à La Paz. Cet accord permettra à nos équipes de continuer à travailler avec les bénévoles, les associations de quartier et les acteurs de la justice pour protéger davantage d'enfants et leurs familles.

Asie du Sud

Merci de prier pour une jeune femme récemment libérée d'un réseau d'exploitation sexuelle, alors qu'elle commence à se reconstruire. La police a arrêté deux suspects et finalise actuellement le dossier d'enquête. Priez pour que les chefs d'accusation tiennent compte du fait qu'elle était mineure au début des faits, même si elle a été secourue après sa majorité.

Asie du Sud-Est

Cette semaine, nos équipes et nos partenaires du nord de la Thaïlande se sont réunis à Chiang Mai pour célébrer le chemin parcouru ensemble. Responsables publics, associations et collègues d'IJM ont rendu grâce pour les 87 enfants protégés et accompagnés grâce à nos efforts communs. Louez Dieu avec nous pour ce qu'il a accompli dans leur vie, et priez pour que son œuvre de guérison se poursuive.

Siège et partenaires internationaux

Le siège d'IJM se trouve aux États-Unis. IJM dispose aussi de bureaux au Canada, en Allemagne, aux Pays-Bas et au Royaume-Uni.

Réjouissez-vous avec nous pour les Églises qui se sont déjà inscrites pour vivre le Dimanche de la liberté cette année. Priez pour qu'elles reçoivent sagesse et créativité en préparant ce culte consacré au cœur de Dieu pour la justice, où chaque assemblée sera appelée à s'engager.`,
    verse: "Psaume 72:4",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "trois affaires qui arrivent",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "praise",
        contains: "la signature a eu lieu",
      },
      {
        region: "south-asia",
        country: null,
        kind: "request",
        contains: "finalise actuellement le dossier",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "les 87 enfants protégés",
      },
      {
        region: "global",
        country: null,
        kind: "praise",
        contains: "vivre le Dimanche de la liberté",
      },
    ],
  },
  {
    name: "E-mail with 'Objet :', 'Chers amis,', “ ” verse with (reference), • bullets, 'Fraternellement' sign-off",
    text: `Objet : Nos sujets de prière de la semaine

Chers amis,

Merci de porter fidèlement ce travail dans la prière. Voici les nouvelles de nos équipes sur le terrain ; certains détails ont été omis pour protéger les personnes que nous accompagnons.

“Apprenez à faire le bien, recherchez la justice, protégez l'opprimé ; faites droit à l'orphelin, défendez la veuve.” (Ésaïe 1:17)

Afrique
• Priez pour notre équipe de Kampala, qui accompagne des veuves dépossédées de leurs terres : que les audiences prévues ce mois-ci se tiennent sans report.
• Rendons grâce pour la condamnation, à Kinshasa, d'un policier reconnu coupable de violences contre des personnes en détention.

Amérique latine
• Priez pour nos avocats au Guatemala, qui suivent depuis plus de deux ans un procès pour violences sexuelles sur mineure.
• Merci Seigneur : au Pérou, le parquet de Lima a ouvert une unité spécialisée dans la lutte contre la traite des personnes.

Asie du Sud
• Priez pour les 31 ouvriers libérés d'une briqueterie près de Chennai, en Inde : que leurs certificats de libération soient délivrés rapidement.

Asie du Sud-Est
• Priez pour les enquêteurs aux Philippines qui luttent contre l'exploitation sexuelle des enfants en ligne ; qu'ils soient protégés du traumatisme vicariant.
• Louez Dieu avec nous : au Cambodge, un nouveau centre d'accueil pour les victimes de travail forcé a ouvert ses portes à Phnom Penh.

Siège et partenaires internationaux
• Priez pour les Églises partenaires au Canada qui préparent une soirée de prière pour la justice le mois prochain.

Fraternellement,
L'équipe de prière
IJM`,
    verse: "Ésaïe 1:17",
    items: [
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "veuves dépossédées de leurs terres",
      },
      {
        region: "africa",
        country: "Democratic Republic of the Congo",
        kind: "praise",
        contains: "policier reconnu coupable de violences",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "nos avocats au Guatemala",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "praise",
        contains: "le parquet de Lima",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "briqueterie près de Chennai",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "protégés du traumatisme vicariant",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "praise",
        contains: "nouveau centre d'accueil pour",
      },
      {
        region: "global",
        country: "Canada",
        kind: "request",
        contains: "une soirée de prière pour",
      },
    ],
  },
  {
    name: "'Pays – texte' one-liners under French region headings, reference-first verse (Michée 6:8 — « … »)",
    text: `Points de prière – novembre

Michée 6:8 — «\u202fOn t'a fait connaître, ô homme, ce qui est bien ; et ce que l'Éternel demande de toi, c'est que tu pratiques la justice, que tu aimes la miséricorde, et que tu marches humblement avec ton Dieu.\u202f»

Afrique
Côte d'Ivoire – Priez pour l'équipe d'Abidjan qui forme cette semaine 25 officiers de police judiciaire à l'audition des enfants victimes.
Ghana – Rendons grâce : trois trafiquants ont été condamnés pour exploitation d'enfants dans la pêche sur le lac Volta.
Rwanda – Priez pour les juges de Kigali qui examinent des affaires de violences sexuelles, afin que chaque dossier soit traité avec soin.

Amérique latine
Bolivie – Priez pour les familles de La Paz et d'El Alto qui attendent une décision de justice depuis des mois.
République dominicaine – Louons Dieu pour la nouvelle loi contre l'exploitation sexuelle des enfants votée à Saint-Domingue.

Asie du Sud
Inde – Priez pour les 40 familles libérées d'une rizerie au Tamil Nadu, afin qu'elles reçoivent l'aide de l'État à laquelle elles ont droit.

Asie du Sud-Est
Thaïlande – Remercions Dieu pour les policiers de Bangkok formés à repérer le travail forcé sur les bateaux de pêche.
Philippines – Priez pour une audience décisive à Manille dans une affaire d'exploitation sexuelle d'enfants en ligne.

Siège et partenaires internationaux
États-Unis – Priez pour l'équipe du siège qui prépare la planification stratégique des cinq prochaines années.

Merci de prier avec nous !
L'équipe IJM Abidjan`,
    verse: "Michée 6:8",
    items: [
      {
        region: "africa",
        country: "Côte d'Ivoire",
        kind: "request",
        contains: "25 officiers de police judiciaire",
      },
      {
        region: "africa",
        country: "Ghana",
        kind: "praise",
        contains: "trois trafiquants ont été condamnés",
      },
      {
        region: "africa",
        country: "Rwanda",
        kind: "request",
        contains: "les juges de Kigali",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "request",
        contains: "attendent une décision de justice",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "praise",
        contains: "votée à Saint-Domingue",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "40 familles libérées d'une rizerie",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "les policiers de Bangkok",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "une audience décisive à Manille",
      },
      {
        region: "global",
        country: "United States",
        kind: "request",
        contains: "planification stratégique des cinq",
      },
    ],
  },
  {
    name: "Numbered bold headings (**1. Afrique**) over sub-region lines (Afrique de l’Ouest, Amérique centrale…), no blank lines, varied verbs, ’ apostrophes",
    text: `**Lettre de prière du réseau d’Églises partenaires – décembre**

« Que le droit soit comme un courant d’eau, et la justice comme un torrent qui jamais ne tarit ! » (Amos 5:24)

**1. Afrique**
Afrique de l’Ouest
Priez pour les enfants contraints de travailler sur le lac Volta, au Ghana, et pour les équipes qui préparent une nouvelle opération de secours.
Rendons grâce pour la première condamnation obtenue à Abidjan en vertu de la loi ivoirienne contre la traite.
Afrique de l’Est
Intercédez pour les familles de Gulu, en Ouganda, menacées d’expulsion de leurs terres par des voisins influents.
Louons Dieu : au Kenya, le tribunal de Nairobi a enfin fixé la date du procès de trois policiers poursuivis pour abus de pouvoir.
Souvenez-vous de nos collègues de Bukavu, dans l’est de la République démocratique du Congo, qui poursuivent leur travail malgré l’insécurité.

**2. Amérique latine**
Amérique centrale
Prions pour les témoins d’une affaire de violences sexuelles au Guatemala, afin qu’aucune pression ne les réduise au silence.
Amérique du Sud
Remercions Dieu pour les 120 agents de police formés ce trimestre à Cuzco, au Pérou, à l’accueil des victimes.

**3. Asie**
Asie du Sud
Priez pour les ouvriers agricoles libérés de la servitude pour dettes au Karnataka, en Inde, et pour leur réinsertion durable.
Asie du Sud-Est
Intercédez pour les personnes rapatriées au Cambodge après avoir été contraintes de travailler dans des centres d’escroquerie en ligne.
Rendons grâce pour la décision de la Cour suprême des Philippines qui confirme une lourde peine contre un exploiteur d’enfants en ligne.

**4. Siège et partenaires internationaux**
Priez pour les Églises du Québec et d’ailleurs au Canada qui s’engagent à prier chaque semaine pour la justice.

Avec toute notre reconnaissance, le comité de prière du réseau`,
    verse: "Amos 5:24",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "une nouvelle opération de secours",
      },
      {
        region: "africa",
        country: "Côte d'Ivoire",
        kind: "praise",
        contains: "la première condamnation obtenue",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "les familles de Gulu",
      },
      {
        region: "africa",
        country: "Kenya",
        kind: "praise",
        contains: "le tribunal de Nairobi",
      },
      {
        region: "africa",
        country: "Democratic Republic of the Congo",
        kind: "request",
        contains: "nos collègues de Bukavu",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "affaire de violences sexuelles au Guatemala",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "praise",
        contains: "120 agents de police formés",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "la servitude pour dettes",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "personnes rapatriées au Cambodge",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "la Cour suprême des Philippines",
      },
      {
        region: "global",
        country: "Canada",
        kind: "request",
        contains: "prier chaque semaine pour la justice",
      },
    ],
  },
  {
    name: "Short note, no verse, no region headings: 'Pays : texte' lines (space before the colon)",
    text: `IJM – Prière express (semaine du 9 juin)

Bonjour à tous,

Quelques nouvelles rapides cette semaine :

Ouganda : priez pour une audience importante jeudi à Kampala dans une affaire d'accaparement de terres.
Cambodge : rendons grâce, trois enfants ont retrouvé leur famille après une opération de police à Phnom Penh.
Inde : priez pour les familles libérées la semaine dernière d'un four à briques près de Bangalore.
Brésil : priez pour nos partenaires de São Paulo qui lancent un programme contre le travail forcé.
États-Unis : merci pour les 200 personnes présentes à la veillée de prière au siège.

Merci de votre fidélité dans la prière !
L'équipe IJM`,
    verse: null,
    items: [
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "affaire d'accaparement de terres",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "praise",
        contains: "trois enfants ont retrouvé",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "un four à briques",
      },
      {
        region: "latin-america",
        country: "Brazil",
        kind: "request",
        contains: "nos partenaires de São Paulo",
      },
      {
        region: "global",
        country: "United States",
        kind: "praise",
        contains: "la veillée de prière",
      },
    ],
  },
];
