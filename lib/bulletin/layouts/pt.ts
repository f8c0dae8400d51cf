// Portuguese-language layouts: made-up bulletins in Brazilian and European Portuguese, in the
// style of a justice mission's weekly prayer e-mail. No survivor is named or identified.

import type { Layout } from "./types";

export const PORTUGUESE: Layout[] = [
  {
    name: "Like the seed: title, quoted verse then '- Reference', plain Portuguese region headings, HQ note",
    text: `IJM – Pedido de Oração

“Defenda ele os aflitos do povo e salve os filhos dos necessitados; esmague ele o opressor.”

- Salmos 72:4

África

Orem pelos casos de tráfico de pessoas em andamento em Gana, especialmente por três processos que estão perto da conclusão. Peçam a Deus que não haja novos adiamentos e que a justiça seja feita. Orem também pela cura contínua de todos os sobreviventes desses casos e pelo ânimo da nossa equipe jurídica.

América Latina

Louvem a Deus pela sua fidelidade e por uma porta aberta para continuarmos protegendo crianças da violência sexual na Bolívia. Há mais de um ano pedíamos suas orações pela renovação de um convênio com o governo, e ontem essa oração foi respondida! O acordo permitirá que a equipe de La Paz continue trabalhando com voluntários, organizações comunitárias e autoridades do sistema de justiça.

Sul da Ásia

Orem por uma jovem resgatada recentemente de uma rede de exploração sexual na Índia, enquanto ela começa a se recuperar. A polícia prendeu dois suspeitos e está finalizando o inquérito. Peçam especificamente que as acusações reconheçam que ela ainda era menor de idade quando os abusos começaram.

Sudeste Asiático

Nesta semana, a IJM e seus parceiros no norte da Tailândia se reuniram em Chiang Mai para celebrar o que Deus tem feito por meio do trabalho conjunto: 94 vidas transformadas pela proteção de crianças contra a violência sexual. Louvem a Deus conosco pelos milagres nessas comunidades e orem para que ele continue sua obra de cura e restauração.

Orem pelas equipes de Manila e de Cebu, nas Filipinas, que acompanham famílias afetadas pela exploração sexual de crianças na internet. Peçam proteção e descanso para os assistentes sociais.

Sede e parceiros globais

A sede da IJM fica nos Estados Unidos. A IJM tem escritórios de mobilização no Canadá, na Austrália, na Alemanha, nos Países Baixos e no Reino Unido.

Alegrem-se conosco pelas igrejas que já se inscreveram para realizar um culto do Domingo da Liberdade neste ano. Orem por sabedoria e criatividade enquanto essas igrejas se preparam para pregar sobre o coração de Deus pela justiça.`,
    verse: "Salmos 72:4",
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        contains: "processos que estão perto da conclusão",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "praise",
        contains: "protegendo crianças da violência sexual",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "rede de exploração sexual na Índia",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "parceiros no norte da Tailândia",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "equipes de Manila e de Cebu",
      },
      {
        region: "global",
        country: null,
        kind: "praise",
        contains: "igrejas que já se inscreveram",
      },
    ],
  },
  {
    name: "E-mail with subject, greeting, «» verse with reference in parentheses, bullets, sign-off",
    text: `Assunto: Pedidos de oração desta semana

Queridos irmãos,

Obrigado por sustentarem este trabalho em oração. Abaixo estão os pedidos e os motivos de gratidão que as nossas equipes compartilharam nesta semana.

«Abre a tua boca a favor do mudo, pelo direito de todos os que se acham em desolação.» (Provérbios 31:8)

África
• Orem pelas audiências de um caso de abuso policial em Nairóbi, no Quênia. Que as testemunhas tenham coragem e não sejam intimidadas.
• Agradeçam a Deus pela condenação de dois homens que exploravam crianças em trabalho forçado no lago Volta, em Gana.

América Latina
• Orem pelos assistentes sociais que acompanham famílias na Cidade da Guatemala durante um julgamento que já dura mais de dois anos.
• Deem graças pela nova parceria com a polícia civil de Recife, que vai fortalecer a investigação de crimes sexuais contra crianças.

Sul da Ásia
• Intercedam pelas 31 pessoas libertadas de uma olaria perto de Chennai, na Índia, para que recebam logo os certificados de libertação.

Sudeste Asiático
• Orem pelos promotores no Camboja que preparam uma denúncia contra uma rede de trabalho forçado em barcos de pesca.

Bênçãos,
Equipe de oração`,
    verse: "Provérbios 31:8",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "caso de abuso policial em Nairóbi",
      },
      {
        region: "africa",
        country: "Ghana",
        kind: "praise",
        contains: "trabalho forçado no lago Volta",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "request",
        contains: "famílias na Cidade da Guatemala",
      },
      {
        region: "latin-america",
        country: "Brazil",
        kind: "praise",
        contains: "nova parceria com a polícia civil",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "uma olaria perto de Chennai",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "request",
        contains: "trabalho forçado em barcos de pesca",
      },
    ],
  },
  {
    name: "ALL-CAPS Portuguese region headings with 'País – texto' one-liners, reference-first verse",
    text: `Boletim de Oração — Março

Miqueias 6:8 — “Ele te declarou, ó homem, o que é bom; e que é o que o Senhor pede de ti, senão que pratiques a justiça, e ames a misericórdia, e andes humildemente com o teu Deus?”

ÁFRICA
Uganda – Orem pelas viúvas de Gulu que enfrentam tentativas de tomada ilegal de suas terras.
Moçambique – Agradeçam a Deus pela primeira turma de policiais de Maputo formada no atendimento a vítimas de violência.
República Democrática do Congo – Peçam proteção para os advogados parceiros que atuam em Kinshasa.

AMÉRICA LATINA
Bolívia – Orem pelo julgamento de um caso de abuso sexual infantil em El Alto, marcado para a próxima semana.
Peru – Louvem a Deus pela sentença de 20 anos de prisão contra um aliciador condenado em Lima.
República Dominicana – Orem pela equipe de Santo Domingo durante a mudança para o novo escritório.

SUL DA ÁSIA
Índia – Orem por 14 famílias libertadas do trabalho escravo em uma fábrica de tijolos, para que recebam o apoio prometido pelo governo.

SUDESTE ASIÁTICO
Tailândia – Celebrem conosco a aprovação de uma nova lei contra o tráfico de pessoas pela internet.
Filipinas – Orem pelos investigadores que analisam provas digitais em casos de exploração infantil em Pampanga.

SEDE E PARCEIROS GLOBAIS
Estados Unidos – Orem pela conferência anual de igrejas parceiras em Washington, no fim do mês.`,
    verse: "Miqueias 6:8",
    items: [
      {
        region: "africa",
        country: "Uganda",
        kind: "request",
        contains: "tomada ilegal de suas terras",
      },
      {
        region: "africa",
        country: "Mozambique",
        kind: "praise",
        contains: "primeira turma de policiais de Maputo",
      },
      {
        region: "africa",
        country: "Democratic Republic of the Congo",
        kind: "request",
        contains: "advogados parceiros que atuam em Kinshasa",
      },
      {
        region: "latin-america",
        country: "Bolivia",
        kind: "request",
        contains: "abuso sexual infantil em El Alto",
      },
      {
        region: "latin-america",
        country: "Peru",
        kind: "praise",
        contains: "sentença de 20 anos",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "request",
        contains: "mudança para o novo escritório",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "request",
        contains: "uma fábrica de tijolos",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "praise",
        contains: "nova lei contra o tráfico",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "que analisam provas digitais",
      },
      {
        region: "global",
        country: "United States",
        kind: "request",
        contains: "conferência anual de igrejas parceiras",
      },
    ],
  },
  {
    name: "Bold numbered region headings over plain sub-region headings, one item per line, varied verbs",
    text: `Intercessão semanal – equipes de campo

Isaías 1:17
“Aprendam a fazer o bem! Busquem a justiça, repreendam o opressor, garantam o direito do órfão, defendam a causa da viúva.”

**1. África**
África Oriental
Oremos pelos juízes do tribunal de Kisumu, no Quênia, para que os casos de abuso policial sejam julgados sem novos atrasos.
Damos graças pelos 40 policiais ugandenses que concluíram em Kampala o curso de investigação de tráfico de pessoas.
Lembrem-se das viúvas de Ruanda que aguardam a decisão da justiça sobre as terras de suas famílias.

**2. América Latina**
América Central
Peçam a Deus sabedoria para os promotores de San Pedro Sula, em Honduras, que investigam casos de violência sexual.
Celebramos a inauguração de um novo centro de apoio a crianças e adolescentes na Cidade da Guatemala.
Caribe
Orem pela equipe da República Dominicana, que retoma as operações contra a exploração sexual de menores.

**3. Sul da Ásia**
Louvemos a Deus pela libertação de 22 trabalhadores escravizados numa pedreira no sul da Índia.

**4. Sudeste Asiático**
Agradeçam a Deus pelo acordo assinado entre a polícia cambojana e a nossa equipe em Phnom Penh.
Orem pelos assistentes sociais de Davao, nas Filipinas, que acompanham crianças acolhidas em abrigos.

**5. Sede e parceiros globais**
Orem pela equipe de tecnologia, que está migrando o sistema de gestão de casos neste mês.`,
    verse: "Isaías 1:17",
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "juízes do tribunal de Kisumu",
      },
      {
        region: "africa",
        country: "Uganda",
        kind: "praise",
        contains: "40 policiais ugandenses que concluíram",
      },
      {
        region: "africa",
        country: "Rwanda",
        kind: "request",
        contains: "viúvas de Ruanda que aguardam",
      },
      {
        region: "latin-america",
        country: "Honduras",
        kind: "request",
        contains: "promotores de San Pedro Sula",
      },
      {
        region: "latin-america",
        country: "Guatemala",
        kind: "praise",
        contains: "novo centro de apoio a crianças",
      },
      {
        region: "latin-america",
        country: "Dominican Republic",
        kind: "request",
        contains: "retoma as operações contra a exploração",
      },
      {
        region: "south-asia",
        country: "India",
        kind: "praise",
        contains: "trabalhadores escravizados numa pedreira",
      },
      {
        region: "southeast-asia",
        country: "Cambodia",
        kind: "praise",
        contains: "acordo assinado entre a polícia cambojana",
      },
      {
        region: "southeast-asia",
        country: "Philippines",
        kind: "request",
        contains: "assistentes sociais de Davao",
      },
      {
        region: "global",
        country: null,
        kind: "request",
        contains: "sistema de gestão de casos",
      },
    ],
  },
  {
    name: "Short European-Portuguese e-mail: greeting, plain headings, one-line items, no verse",
    text: `Pedidos de oração – semana 14

Caros amigos, esta semana enviamos apenas alguns pedidos breves.

África
Orem pela equipa do Quénia, que está a preparar três julgamentos para o próximo mês.
Agradeçam connosco a libertação de nove crianças que trabalhavam em pedreiras perto de Kumasi.

América Latina
Orem pela audiência marcada em Recife, no Brasil, para a próxima quinta-feira.

Sudeste Asiático
Orem pelos parceiros na Tailândia, que estão a acompanhar famílias de pescadores explorados.

Sede e parceiros globais
Deem graças pelo bom acolhimento da campanha de Natal nas igrejas parceiras.

Um abraço,
Equipa de comunicação`,
    verse: null,
    items: [
      {
        region: "africa",
        country: "Kenya",
        kind: "request",
        contains: "está a preparar três julgamentos",
      },
      {
        region: "africa",
        country: "Ghana",
        kind: "praise",
        contains: "pedreiras perto de Kumasi",
      },
      {
        region: "latin-america",
        country: "Brazil",
        kind: "request",
        contains: "audiência marcada em Recife",
      },
      {
        region: "southeast-asia",
        country: "Thailand",
        kind: "request",
        contains: "famílias de pescadores explorados",
      },
      {
        region: "global",
        country: null,
        kind: "praise",
        contains: "acolhimento da campanha de Natal",
      },
    ],
  },
];
