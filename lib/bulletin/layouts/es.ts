// Spanish-language layouts: made-up bulletins as a Latin American or Spanish IJM office would
// e-mail them, with the draft a careful staff member would make of each. No survivor is named.

import type { Layout } from "./types";

export const SPANISH: Layout[] = [
  {
    name: "Seed-like: title, quoted verse then '- Salmo' reference, Spanish region headings, paragraph items",
    text: `Petición de oración de IJM

“Que defienda a los afligidos del pueblo y salve a los hijos de los necesitados; ¡que aplaste a los opresores!”

- Salmo 72:4


África

Oren por los casos de trata de personas que siguen abiertos en Ghana, especialmente por tres casos que están a punto de concluir. Pidan a Dios que avancen sin más aplazamientos y que se haga justicia. Oren también por la sanidad de todos los sobrevivientes de estos casos y por ánimo para nuestro equipo legal.

América Latina

Alabemos a Dios por su fidelidad y por la puerta que sigue abierta para proteger a niñas y niños de la violencia sexual en Perú. Durante más de un año les pedimos oración por la renovación de un convenio con el Ministerio Público, ¡y esta semana por fin se firmó! Este acuerdo permitirá que nuestra oficina en Lima siga trabajando junto a fiscales, policías y organizaciones comunitarias.

Asia del Sur

Les pedimos que oren por una joven rescatada hace poco de una red de explotación sexual en el oeste de la India, que ahora comienza su proceso de recuperación. La policía detuvo a dos sospechosos y está terminando de preparar el expediente. Oren para que los cargos reflejen que ella era menor de edad cuando comenzó el abuso, aunque fue rescatada siendo ya adulta.

Sudeste Asiático

Esta semana, IJM y sus aliados del norte de Tailandia se reunieron en Chiang Mai para celebrar lo que hemos logrado juntos. Funcionarios de gobierno, organizaciones aliadas y personal de IJM dieron gracias por las 101 vidas transformadas gracias al esfuerzo común por proteger a la niñez de la violencia sexual. Únanse a nosotros para alabar a Dios por estos milagros, y oren para que él siga sanando y restaurando cada vida.

Sede y socios globales

La sede de IJM se encuentra en Estados Unidos. IJM cuenta además con oficinas de desarrollo en Australia, Canadá, Alemania, los Países Bajos y el Reino Unido.

Acompáñennos a alabar a Dios por las iglesias que ya se inscribieron para celebrar el Domingo por la Libertad este año. Oren por sabiduría y creatividad mientras preparan un culto dedicado al corazón de Dios por la justicia y animan a sus congregaciones a sumarse a la lucha.`,
    verse: "Salmo 72:4",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "tres casos que están a",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "praise",
        contains: "convenio con el Ministerio Público",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "terminando de preparar el expediente",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "las 101 vidas transformadas",
      },
      {
        region: "global",
        country: null,
        kind: "praise",
        contains: "celebrar el Domingo por la",
      },
    ],
  },
  {
    name: "E-mail with 'Queridos amigos:' greeting, intro, «verse» (reference), bullets, sign-off",
    text: `Asunto: Motivos de oración de esta semana

Queridos amigos:

Gracias por sostener este trabajo con sus oraciones. Cada semana nuestros equipos ven a Dios obrar en tribunales, comisarías y hogares de acogida. Estos son los motivos que llevamos en el corazón:

«Defiendan la causa del huérfano y del desvalido; al pobre y al oprimido háganles justicia.» (Salmo 82:3)

África
• Oren por valentía para los testigos de un caso de abuso policial en Nairobi, Kenia. Las audiencias finales comienzan el lunes y pedimos que nadie sea intimidado.
• Demos gracias a Dios porque un tribunal de Gulu, Uganda, devolvió a una viuda y a sus hijos la tierra que les habían arrebatado.

América Latina
• Oren por nuestro equipo en Cochabamba, que acompaña a tres familias en un juicio por violencia sexual que ya lleva más de dos años.
• Celebramos que la Fiscalía de La Paz abrió una unidad especializada en delitos contra la niñez, algo por lo que oramos durante meses.

Sudeste Asiático
• Alaben a Dios con nosotros: las autoridades filipinas rescataron a once niños de la explotación sexual en línea en Pampanga, y todos están ahora a salvo.
• Pidan sabiduría para los fiscales de Phnom Penh, en Camboya, que preparan su primer caso de trabajo forzoso en barcos pesqueros.

Bendiciones,
El equipo de oración`,
    verse: "Salmo 82:3",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "caso de abuso policial",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "praise",
        contains: "devolvió a una viuda",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "request",
        contains: "nuestro equipo en Cochabamba",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "praise",
        contains: "la Fiscalía de La Paz",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "explotación sexual en línea",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "trabajo forzoso en barcos pesqueros",
      },
    ],
  },
  {
    name: "Reference-first verse (Miqueas 6:8 — «…»), 'País – texto' one-liners under region headings",
    text: `Boletín semanal de oración – IJM

Miqueas 6:8 — «Oh hombre, él te ha declarado lo que es bueno, y qué pide Jehová de ti: solamente hacer justicia, y amar misericordia, y humillarte ante tu Dios.»

Estos son nuestros motivos de oración para esta semana:

África
Ghana – Oren por los niños rescatados del trabajo forzoso en el lago Volta, para que se reintegren bien a sus familias.
Kenia – Demos gracias a Dios por la condena de dos agentes de policía en Nairobi por la desaparición de un joven en 2021.
Uganda – Pidan a Dios que proteja a las viudas de Gulu que han denunciado el despojo de sus tierras.

América Latina
Guatemala – Oren por el equipo de acompañamiento psicosocial, agotado tras un mes de audiencias seguidas.
República Dominicana – Gracias a Dios porque se aprobó el nuevo protocolo nacional de atención a víctimas de trata.
Brasil – Oren por las audiencias en Recife contra los dueños de una hacienda acusados de trabajo esclavo.

Asia del Sur
India – Oren por las 23 familias liberadas de un horno de ladrillos, para que reciban pronto sus certificados de liberación.

Sudeste Asiático
Filipinas – Alabamos a Dios por once nuevas condenas en casos de abuso sexual infantil transmitido en vivo.
Tailandia – Oren por los investigadores de Chiang Rai que siguen la pista de una red de trata en la frontera.

Sede y socios globales
Estados Unidos – Oren por el equipo que prepara la campaña de fin de año y por cada donante que se sume.`,
    verse: "Miqueas 6:8",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "trabajo forzoso en el lago Volta",
      },
      {
        region: "africa",
        country: "Kenya",
        kind: "praise",
        contains: "dos agentes de policía",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "el despojo de sus tierras",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "equipo de acompañamiento psicosocial",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "praise",
        contains: "nuevo protocolo nacional de atención",
      },
      {
        region: "latin-america",
        country: "Brazil",
        kind: "request",
        contains: "acusados de trabajo esclavo",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "un horno de ladrillos",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "once nuevas condenas",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "investigadores de Chiang Rai",
      },
      {
        region: "global",
        country: "United States",
        kind: "request",
        contains: "la campaña de fin de año",
      },
    ],
  },
  {
    name: "Bold numbered headings over sub-regions (Centroamérica, Caribe, África Oriental), varied Spanish opening verbs",
    text: `**Boletín de oración de IJM – marzo**

“¡Levanta la voz por los que no tienen voz! ¡Defiende los derechos de los desposeídos!” — Proverbios 31:8

**1. América Latina**

Centroamérica
Oren por el juicio que se reanuda el martes en San Pedro Sula, Honduras, contra una red de explotación sexual de adolescentes. Pidan que cada testimonio sea escuchado con respeto.
Celebramos que la Policía Nacional Civil de El Salvador graduó a su primera promoción de investigadores especializados en delitos contra la niñez.

Caribe
Recuerden a nuestro equipo en Santo Domingo, República Dominicana, mientras acompaña a las familias de los niños rescatados el mes pasado.

**2. África**

África Oriental
Oremos por los magistrados de Tanzania que reciben esta semana capacitación sobre casos de violencia sexual infantil.
Demos gracias a Dios por la liberación de un hombre detenido injustamente durante cuatro años en Kenia, y oren por su regreso a casa.

África Occidental
Pidan a Dios que fortalezca a los fiscales de Accra, Ghana, ante la presión de quienes quieren frenar un caso de trata.

**3. Sudeste Asiático**

Alabemos a Dios por las quince sentencias condenatorias obtenidas este año en Filipinas por explotación sexual infantil en línea.`,
    verse: "Proverbios 31:8",
    items: [
      {
        region: "latin-america",
        country: "Honduras",
        kind: "request",
        contains: "se reanuda el martes",
      },
      {
        region: "latin-america",
        country: "El Salvador",
        kind: "praise",
        contains: "su primera promoción de investigadores",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "request",
        contains: "nuestro equipo en Santo Domingo",
      },
      {
        region: "africa",
        country: "Tanzania",
        kind: "request",
        contains: "los magistrados de Tanzania",
      },
      {
        region: "africa",
        country: "Kenya",
        kind: "praise",
        contains: "detenido injustamente durante cuatro años",
      },
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "fortalezca a los fiscales",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "praise",
        contains: "las quince sentencias condenatorias",
      },
    ],
  },
  {
    name: "Short weekly list with no verse, Spanish headings and a closing thank-you",
    text: `IJM – Motivos de oración (semana del 14 de julio)

América Latina
Oren por las audiencias de esta semana en Brasil, en un caso de trabajo esclavo en una plantación de caña de azúcar.
Demos gracias a Dios por los 40 policías mexicanos que terminaron el curso sobre atención a víctimas de trata en Puebla.

Asia del Sur
Oren por nuestro personal en Bangladés, que visita a familias afectadas por las inundaciones en las comunidades donde trabajamos.

Sudeste Asiático
Pidan a Dios protección para las trabajadoras sociales que acompañan a menores rescatadas en Camboya.

Gracias por orar con nosotros.`,
    verse: null,
    items: [
      {
        region: "latin-america",
        country: "Brazil",
        kind: "request",
        contains: "plantación de caña de azúcar",
      },
      {
        region: "latin-america",
        country: "Mexico",
        kind: "praise",
        contains: "los 40 policías mexicanos",
      },
      {
        region: "south-asia",
        country: "Bangladesh",
        kind: "request",
        contains: "afectadas por las inundaciones",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "las trabajadoras sociales que acompañan",
      },
    ],
  },
];
