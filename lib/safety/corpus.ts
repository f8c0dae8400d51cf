// A labelled corpus for the safety check before publishing: sentences written the way prayer
// bulletins and case updates are written, each marked as identifying a real person or not.
// `lib/safety/corpus.test.ts` measures `findPersonalIdentifiers` on it.
//
// The split is fixed: every fifth sentence (index 4, 9, 14, …) is held out. The heuristics are tuned
// only on the other four fifths, and held-out sentences are never edited after seeing results; add
// new sentences at the end instead, so the split of the old ones does not move.
//
// What counts as identifying: a full name not marked as a pseudonym with * (public figures too: staff
// confirm), a title with a name ("Judge Mensah"), a given name with an exact age and a place, an
// exact age with a town, a phone number, an e-mail or a street address. Not identifying: pseudonyms
// with *, ages with no town, towns, regions and countries alone, named operations, churches,
// organisations, courts, Bible references, holidays and people referred to by their role.

export interface CorpusSentence {
  text: string;
  identifying: boolean;
  /** What the sentence tests, for reports. */
  why: string;
}

const id = (why: string, text: string): CorpusSentence => ({ text, identifying: true, why });
const safe = (why: string, text: string): CorpusSentence => ({ text, identifying: false, why });

export const SAFETY_CORPUS: readonly CorpusSentence[] = [
  // --- Identifying: full names, Latin script, many cultures ---------------------------------
  id(
    "Ghanaian name",
    "Please pray for Kwabena Asante as he prepares to testify against the boat owner on Lake Volta.",
  ),
  id(
    "Ghanaian name, three parts",
    "The trafficker, Emmanuel Tetteh Nartey, was convicted by the Circuit Court in Ho on Tuesday.",
  ),
  id(
    "Ghanaian name",
    "Pray for Akosua Frimpong, who was forced to work in a chop bar from the age of twelve.",
  ),
  id(
    "Kenyan name at sentence start",
    "Wanjiru Kamau bravely shared her story with the magistrate in Kibera.",
  ),
  id(
    "Kenyan name",
    "Pray for Otieno Ochieng and his mother as they return home after the hearing.",
  ),
  id("Kenyan name, three parts", "The accused, Peter Njoroge Mwangi, has applied for bail again."),
  id(
    "Nepali name",
    "Pray for Sunita Tamang, who was trafficked across the border from Sindhupalchok.",
  ),
  id(
    "Indian name, possessive",
    "Pray for Rajesh Yadav's family, released from a brick kiln in Tiruvallur.",
  ),
  id(
    "Bangladeshi name with title",
    "Ms Farzana Akter, a garment worker from Gazipur, has asked us to pray for her daughter.",
  ),
  id(
    "Thai name",
    "Please pray for Somchai Jaidee as he gives evidence in the Criminal Court next week.",
  ),
  id(
    "Filipino name, two given names",
    "Pray for Mary Grace Dela Cruz as she continues her studies after aftercare.",
  ),
  id(
    "Filipino name",
    "Jericho Bautista Santos was arrested in an entrapment operation in Pampanga.",
  ),
  id(
    "Cambodian name",
    "Sokha Chea and her younger brother were reunited with their grandmother this month.",
  ),
  id("Cambodian name", "Pray for Sreymom Keo, who will start vocational training in Phnom Penh."),
  id(
    "Bolivian name, two surnames",
    "Lucía Mamani Condori testified in the Juzgado de Sentencia in El Alto on Friday.",
  ),
  id("Bolivian name", "Pray for Juan Carlos Choque and his family as they wait for a verdict."),
  id(
    "Guatemalan name",
    "Pray for Ana Sofía Xicará, who is learning to read at the shelter in Quetzaltenango.",
  ),
  id("Guatemalan name", "The defendant, Byron Estuardo López, did not appear at the hearing."),
  id(
    "Dominican name",
    "Please pray for Yokasta Almonte, who was exploited in a bar in Boca Chica.",
  ),
  id("Dominican name", "Pray for Wilkin Rosario Peña as he begins a new job in Santo Domingo."),
  id(
    "Ugandan name",
    "Pray for Sarah Nakato, whose uncle tried to take her land after her husband died.",
  ),
  id(
    "Ugandan name at sentence start",
    "Joseph Ssemakula was convicted of land grabbing by the Chief Magistrates Court in Mukono.",
  ),
  id(
    "Kenyan name, virtue given name",
    "Please pray for Grace Achieng as she rebuilds her home on the land that was returned to her.",
  ),
  id(
    "Vietnamese name",
    "Pray for Nguyen Thi Lan, who was rescued from a scam compound near the Myanmar border.",
  ),
  id(
    "Burmese name",
    "Pray for Aung Kyaw Moe, who escaped from a fishing boat off the coast of Thailand.",
  ),
  id("Nepali name", "Pray for Priya Lama as she reunites with her mother in Nepal."),
  id(
    "Bangladeshi name at sentence start",
    "Kamal Hossain has been charged with trafficking women from Jessore to India.",
  ),
  id(
    "Burundian name, hyphenated",
    "Pray for Jean-Baptiste Nkurunziza and the other boys rescued from the mines.",
  ),
  id(
    "West African name at sentence start",
    "Aminata Diallo has started an apprenticeship as a tailor.",
  ),
  id("South African name", "Pray for Nomvula Dlamini as she gives her victim impact statement."),
  id("South African name", "Pray for Bongani Nkosi, the boy's stepfather, who has confessed."),
  id(
    "Filipino name at sentence start",
    "Maricel Villanueva wrote to thank everyone who prayed for her.",
  ),
  id(
    "Indian name with apostrophe",
    "Pray for Rohan D'Souza, a caseworker, as he visits families after the raid.",
  ),
  id(
    "Bolivian name",
    "Please pray for Dolores Huanca, a mother of three from Cochabamba, as her case goes to trial.",
  ),
  id(
    "couple sharing a surname",
    "Pray for Tshepo and Lerato Mokoena as they care for their nieces.",
  ),
  id(
    "Guatemalan name, virtue given name",
    "The survivor, Esperanza Ixcoy, now leads a support group for other women.",
  ),
  id(
    "Kenyan name, virtue given name",
    "Pray for Mercy Wambui Njeri as she faces her attacker in court.",
  ),
  id("Ghanaian name, place-like given name", "Victoria Osei has been reunited with her children."),
  id("Kenyan name", "Pray for Moses Ouma, who was beaten by police in Kisumu."),
  id("Kenyan name, virtue given name", "Pray for Faith Chebet as she returns to school."),
  id("Honduran name", "Jorge Luis Mendoza remains in pretrial detention in Tegucigalpa."),
  id("Guatemalan name", "Pray for Rosa Elena Tzul and her baby."),
  id(
    "Pakistani name",
    "Pray for Fatima Bibi and her husband, who were bonded at a brick kiln in Punjab.",
  ),
  id("Indian couple", "Pray for Ramesh and Lakshmi Murugan as they start their own tea stall."),
  id(
    "Cambodian name, surname first",
    "Pray for Chea Sokha as she testifies against her former employer.",
  ),
  id("Nepali name, three parts", "Pray for Kiran Kumari Sah, who was trafficked from Dhanusha."),
  id(
    "Bangladeshi name",
    "Let us pray for Nurul Islam and his wife, who were freed from a rice mill.",
  ),
  id("name in a heading", "Survivor Spotlight: Maricel Ocampo"),
  id("name after a family", "Pray for the Mensah family, especially Abena Mensah, as she heals."),
  id("name in capitals", "PLEASE PRAY FOR JOSEPHINE ADJEI AS SHE TESTIFIES ON MONDAY."),

  // --- Identifying: titles and honorifics with names -----------------------------------------
  id(
    "pastor, public figure",
    "Pastor John Mensah of Calvary Methodist Church has offered to host survivors' families.",
  ),
  id("judge", "Judge Elizabeth Kisaakye will deliver the judgment next month."),
  id("attorney, abbreviated", "Pray for Atty. Ramon Villarosa as he cross-examines the accused."),
  id("police rank", "Detective Sergeant Ama Owusu led the rescue at dawn."),
  id(
    "judge with honourable",
    "Please pray for Hon. Justice Kweku Ackaah-Boafo as he hears the appeal.",
  ),
  id(
    "inspector, surname only",
    "Inspector Wafula has been transferred to the Anti-Human Trafficking Unit.",
  ),
  id("doctor", "Dr. Anjali Deshpande examined the children after the rescue."),
  id("religious sister", "Pray for Sister Rosemary Nyirumbe and the girls in her care."),
  id("Spanish prosecutor", "La fiscal Marta Quiroga presentó las pruebas con mucho cuidado."),
  id(
    "foster mother",
    "Mrs Comfort Addo, the survivor's foster mother, thanks you for your prayers.",
  ),
  id("officer", "Officer Juan dela Cruz Reyes testified about the night of the rescue."),
  id("imam", "Pray for Imam Abdul Karim, who spoke against child marriage at Friday prayers."),
  id(
    "thanking a pastor",
    "Thank you, Pastor Daniel Ofori, for leading Freedom Sunday at your church.",
  ),
  id("priest", "Rev. Fr. Tomás Chuquimia celebrated Mass for the families in El Alto."),
  id("French judge", "Le juge Ibrahim Sani a condamné les deux trafiquants à dix ans de prison."),
  id("Portuguese police chief", "O delegado Paulo Henrique Souza coordenou a operação."),
  id("Spanish judge", "El juez Mario Ruiz Gómez dictó sentencia el martes."),
  id("French title", "Priez pour Mme Afi Koudjo et ses enfants."),
  id("Spanish title", "Pidamos por Doña Rosario Ticona, la abuela de las niñas."),
  id(
    "magistrate",
    "Magistrate Esther Nyaga adjourned the case to allow the child to testify by video.",
  ),

  // --- Identifying: names in other scripts ----------------------------------------------------
  id("Devanagari name", "Please pray for सुनीता शर्मा as she gives evidence next month."),
  id("Devanagari name", "Pray for रमेश थापा, who was rescued from a circus in India."),
  id("Devanagari name", "Pray for the family of गीता कुमारी as they return to their village."),
  id("Bengali name", "Pray for রহিমা খাতুন as she rebuilds her life."),
  id(
    "Bengali name with abbreviation",
    "Thank you for praying for মোঃ করিম উদ্দিন, who was released from bondage.",
  ),
  id("Thai name", "Pray for สมชาย ใจดี as he testifies against the boat captain."),
  id("Thai name with title", "Pray for นางสาวมาลี สุขใจ, who was rescued from a karaoke bar."),
  id("Khmer name", "Pray for សុខ ចាន់ថា and her sister as they begin school."),
  id("Khmer name", "Please pray for ស្រីមុំ កែវ as she heals."),
  id("Arabic name", "Pray for فاطمة أحمد and her children as they settle in a new home."),
  id(
    "Arabic name, three parts",
    "Pray for محمد علي حسن, who was forced to work without pay for six years.",
  ),
  id("Cyrillic name", "Pray for Наталья Иванова, who was trafficked to a factory abroad."),
  id("Cyrillic name", "Pray for Олена Коваленко as she returns home to her family."),
  id(
    "Cyrillic name at sentence start",
    "Сергей Петров was convicted of recruiting workers with false promises.",
  ),
  id("Devanagari name at sentence start", "सीता राई and her mother thank you for your prayers."),
  id("Bengali name", "Pray for আয়েশা বেগম as she starts work as a seamstress."),
  id("Thai name of the accused", "The accused, ประยุทธ์ แสงทอง, was denied bail."),
  id("Khmer name", "Pray for ចាន់ សុភា, who was sold to a brothel at fourteen."),
  id("Arabic name", "Pray for زينب حسين as she recovers in hospital."),
  id("Cyrillic name", "Pray for Ирина Смирнова and the other women rescued from the farm."),

  // --- Identifying: a given name with an exact age and a place -------------------------------
  id("name, age, of place", "Pray for Sunita, 16, of Sonagachi, as she begins counselling."),
  id(
    "N-year-old name of place",
    "15-year-old Anjali of Kamathipura has been moved to a safe home.",
  ),
  id("age, named, from place", "Please pray for a 14-year-old girl named Rosa from El Alto."),
  id(
    "virtue name at start, age, place",
    "Joy, 13, from Mabalacat, was rescued with four other children.",
  ),
  id("name (age), near place", "Pray for Kofi (12), rescued from a fishing boat near Yeji."),
  id("name, aged, place", "Pray for Esther, aged 15, who was trafficked from Busia to Nairobi."),
  id(
    "name, a N-year-old from place",
    "Anita, a 17-year-old from Dhading, is now in a shelter in Kathmandu.",
  ),
  id("Thai nickname, age, place", "Pray for Ploy, 14, from Mae Sai, as she starts school again."),
  id("two-word given name, age, place", "Pray for Srey Neang, 15, from Svay Pak."),
  id(
    "spelled-out age, name, place",
    "Eleven-year-old Kevin from Korogocho was defiled by a neighbour.",
  ),
  id("name, age, Haitian place", "Pray for Jhon, 9, from Cité Soleil."),
  id(
    "name, who is only N, lives in place",
    "Please pray for Marisol, who is only 13, and lives in Villa Nueva.",
  ),
  id("Spanish: full name, de N años, de place", "Oren por María Quispe, de 15 años, de El Alto."),
  id(
    "Spanish: name, de N años, de place",
    "Oremos por Carmen, de 14 años, de Villa Nueva, que fue rescatada el viernes.",
  ),
  id("Spanish: name, N años, de place", "Pidan a Dios por Luis, 12 años, de San Marcos."),
  id(
    "French: name, âgée de N ans, de place",
    "Priez pour Aminata, âgée de 15 ans, de Cotonou, qui a témoigné hier.",
  ),
  id(
    "French: name, N ans, de place",
    "Priez pour Koffi, 13 ans, de Bouaké, sauvé d'une plantation de cacao.",
  ),
  id(
    "Portuguese: name, de N anos, do place",
    "Orem por Ana, de 15 anos, do Recife, que foi resgatada na semana passada.",
  ),
  id("Portuguese: name, N anos, de place", "Orem pela Juliana, 16 anos, de Manaus."),
  id(
    "name, age, from place",
    "Pray for Rahima, 12, from Narayanganj, who was rescued from a garment factory.",
  ),
  id(
    "N-year-old name from place",
    "Pray for 16-year-old Sabina from Sindhupalchok, who was trafficked to a dance bar.",
  ),
  id("spelled-out age, name, from place", "Nine-year-old Pooja from Tiruttani now goes to school."),
  id(
    "age, called name, from place",
    "A 14-year-old boy called Daniel from Ilopango was recruited by a gang.",
  ),
  id("virtue name, age, in place", "Pray for Mercy, 15, in Mathare, as she waits for the trial."),
  id(
    "name (age) from place",
    "Pray for Lina (14) from Olongapo, whose mother sold her abuse online.",
  ),
  id(
    "Khmer name in Latin script, age, of place",
    "Bunthoeun, 17, of Poipet was found working on a Thai fishing boat.",
  ),
  id("name, now N, in place", "Pray for Nok, now 11, who lives with her aunt in Chiang Rai."),
  id("Devanagari name, age, of place", "Pray for सुनीता, 16, of Sonagachi."),
  id("name, age, from village", "Samuel, 10, from Kete Krachi, mends nets from dawn to dusk."),
  id("name, aged, from place", "Pray for Sophea, aged 13, from Battambang, as she testifies."),
  id(
    "name, age, Spanish de place",
    "Pray for Joseline, 16, de Santiago, whose abuser is still at large.",
  ),
  id(
    "name, a N-year-old girl in place",
    "Pray for Brenda, a 15-year-old girl in Gulu, who was defiled by her teacher.",
  ),
  id(
    "virtue name at start, age, of place",
    "Hope, 14, of Agona Swedru, is back with her grandmother.",
  ),
  id("Thai name, age, from place", "Pray for ดาว, 15, from Pattaya, who was rescued from a bar."),
  id(
    "name, age, from barangay",
    "Jenny, 11, from Barangay Pulung Bulu, was abused online by her aunt.",
  ),

  // --- Identifying: an exact age with a town ---------------------------------------------------
  id(
    "age from red-light area",
    "A 13-year-old girl from Sonagachi was rescued during a police raid.",
  ),
  id(
    "age in village",
    "Police freed a 10-year-old boy in Kete Krachi who had been diving for fish.",
  ),
  id("town first, then age", "In Kibera, a six-year-old girl was defiled by a neighbour."),
  id("age from city", "A 16-year-old from Angeles City testified by video link."),
  id(
    "Spanish: age de town",
    "Una niña de 12 años de San Juan Sacatepéquez fue rescatada por la policía.",
  ),
  id(
    "French: age de town",
    "Une fille de 14 ans de Porto-Novo a été secourue par la brigade des mineurs.",
  ),
  id(
    "age from border town",
    "A 15-year-old boy from Poipet was found on a fishing boat in Indonesia.",
  ),
  id(
    "age, years old, in town",
    "She was only 12 years old when she was sold to a bar owner in Sosúa.",
  ),

  // --- Identifying: phone numbers -------------------------------------------------------------
  id("Ghana landline", "For questions about the event, call the church office on 0302 776 123."),
  id("Kenya mobile", "Her aunt can be reached on +254 722 555 013."),
  id("Bolivia mobile, Spanish", "Contacto de la familia: +591 7 123 4567."),
  id("Philippines mobile", "WhatsApp the caseworker on 0917 555 0199 if you want to help."),
  id("Bangladesh mobile", "Call the survivor's mother at +880 1712-345678."),
  id("Benin number, French", "Appelez le +229 97 12 34 56 pour parler à la famille."),
  id("Brazil number, Portuguese", "Ligue para (81) 98765-4321 para falar com a família."),
  id("UK-style number", "The foster family's number is 077 123 4567."),
  id("Indonesian mobile", "Text 0812-345-6789 to reach the shelter manager."),
  id("Ghana office", "Phone the Tema office on 030 221 4567."),

  // --- Identifying: e-mail addresses ----------------------------------------------------------
  id("personal e-mail", "Write to the survivor directly at grace.mensah78@gmail.com."),
  id("personal e-mail", "Send encouragement to rosa.quispe@hotmail.com."),
  id("staff e-mail", "Contact the social worker at s.tamang@shelter-np.org."),
  id("French e-mail", "Pour écrire à la famille : famille.dossou@yahoo.fr"),
  id(
    "e-mail found in evidence",
    "Her email, kavita_2009@rediffmail.com, was found on the trafficker's phone.",
  ),

  // --- Identifying: street addresses ----------------------------------------------------------
  id("numbered avenue", "She now lives at 14 Nkrumah Avenue with her aunt."),
  id("numbered road", "The brothel at 23 Falkland Road was sealed by the police."),
  id("Spanish calle", "The family has moved to Calle Sucre 112, Zona Norte."),
  id("post box", "Send cards to the family at P.O. Box 4517, Kampala."),
  id("house number", "The raid took place at House No. 45, Sector 7."),
  id("Portuguese rua", "She is staying at Rua das Flores 220 with her grandmother."),
  id("French rue", "The suspect was arrested at 8 Rue du Commerce in Cotonou."),
  id("numbered avenue", "The shelter is at 221 Moi Avenue, next to the bank."),
  id("Thai soi", "Officers raided a house on Soi 33, where six girls were held."),
  id("Philippine block and lot", "Her grandmother lives at Blk 12 Lot 5, Barangay Malinta."),

  // --- Identifying: full names in Spanish, French and Portuguese sentences ---------------------
  id("Spanish", "Oren por Juana Mamani y sus hijos en esta Navidad."),
  id("French", "Prions pour Jean-Claude Houngbédji, qui a été libéré de la carrière."),
  id("Portuguese, particle", "Orem por Maria das Graças Silva, que testemunhará amanhã."),
  id("Spanish, accused", "El acusado, Édgar Rolando Pop, fue condenado a 16 años de prisión."),
  id("Spanish, thanksgiving", "Gracias a Dios, Julia Apaza recibió su título de enfermera."),
  id("French, survivor", "Prions pour Fifamè Adjovi, qui a repris l'école à Abomey."),
  id("Portuguese, survivor", "Orem por João Pedro Alves e sua mãe."),
  id("Spanish, Dominican", "Oremos por Yanelis Batista, que declarará contra su explotador."),
  id("French, Congolese", "Priez pour Grâce Mbuyi et ses deux enfants."),
  id("Spanish, Guatemalan", "Damos gracias a Dios porque Ingrid Coc regresó a la escuela."),

  // --- Safe: pseudonyms with ages -------------------------------------------------------------
  safe("pseudonym, age", "Maria*, 16, was rescued last month and is now in aftercare."),
  safe("pseudonym, age", "Pray for Kwame*, 12, as he learns to read."),
  safe("pseudonym (age)", "Sunita* (15) has started classes at a tailoring school."),
  safe("N-year-old pseudonym", "15-year-old Anjali* is learning to trust again."),
  safe("pseudonym, who is N", "Please pray for Rosa*, who is 14 and still afraid to sleep alone."),
  safe("pseudonym and ages", "Pray for Samuel* and his two sisters, aged 8, 10 and 13."),
  safe("Spanish pseudonym, age", "Oren por Carmen*, de 14 años, que fue rescatada el viernes."),
  safe("French pseudonym, age", "Priez pour Aminata*, âgée de 15 ans, qui a témoigné hier."),
  safe("Portuguese pseudonym, age", "Orem por Ana*, de 15 anos, que está aprendendo a ler."),
  safe("two-word pseudonym", "Pray for Srey Neang* as she prepares for her exams."),
  safe("pseudonym, N-year-old survivor", "Pray for Ploy*, a 14-year-old survivor, and her mother."),
  safe("Devanagari pseudonym", "Pray for सुनीता* as she continues her recovery."),
  safe("virtue-name pseudonym, now N", "Pray for Joy*, now 13, who sang at the graduation."),
  safe(
    "pseudonym, not her real name",
    "Pray for Esther (not her real name), 15, as she testifies.",
  ),
  safe("pseudonym in a country", "Pray for Kofi*, 11, who was rescued in Ghana last year."),

  // --- Safe: ages without names or places ------------------------------------------------------
  safe("age only", "A 14-year-old girl testified bravely last week."),
  safe("ages only", "Pray for the three boys, aged 11, 13 and 16, rescued this month."),
  safe("age only", "Pray for a 17-year-old survivor who turns 18 next month."),
  safe("age range", "Most of the children were between 9 and 15 years old."),
  safe("Spanish age only", "Una niña de 12 años fue rescatada por la policía el lunes."),
  safe("French age only", "Un garçon de 13 ans a été libéré d'une carrière de granite."),
  safe("age with country", "A 15-year-old girl in Ghana is recovering at an aftercare home."),
  safe("age with region", "Pray for a 13-year-old boy rescued in Northern Thailand."),
  safe("age with country", "A 16-year-old in the Dominican Republic has returned to school."),
  safe(
    "age with region",
    "Pray for a 12-year-old from the Central Region who was freed from fishing.",
  ),

  // --- Safe: towns and cities -------------------------------------------------------------------
  safe("town", "Please pray for our team in Cape Coast as they train police officers."),
  safe("red-light area alone", "Pray for the children of Kamathipura."),
  safe("city as adjective", "Our Quezon City office celebrated its tenth anniversary this week."),
  safe("two cities", "Pray for the aftercare staff in San Pedro Sula and Tegucigalpa."),
  safe(
    "lake towns",
    "Pray for the communities along the Lake Volta shoreline around Kete Krachi and Yeji.",
  ),
  safe("city", "Pray for families in El Alto, where many children are at risk."),
  safe("cities", "Pray for the trial in Chiang Mai and for the girls from Mae Hong Son."),
  safe(
    "red-light areas",
    "Sonagachi and Kamathipura remain among the largest red-light areas in South Asia.",
  ),
  safe("city with particles", "The new office in Santa Cruz de la Sierra opened on Monday."),
  safe("neighbourhoods", "Please pray for the families in Svay Pak and Tuol Kork."),
  safe("city with particle", "Pray for the church in Ciudad del Este as it welcomes survivors."),
  safe("cities", "Pray for our partners in Kampala, Gulu and Mbarara."),
  safe("French cities", "Prions pour nos partenaires à Cotonou et à Porto-Novo."),
  safe("Spanish towns", "Oremos por las familias de San Juan Sacatepéquez y Mixco."),
  safe("Portuguese towns", "Orem pelas crianças de Santo Amaro e de São Gonçalo."),
  safe("cities", "Pray for the girls rescued in Angeles City and Olongapo."),
  safe("towns", "Pray for the communities of Agona Swedru and Winneba."),
  safe("cities", "Pray for the team travelling from Dhaka to Jessore and Satkhira."),
  safe("districts", "Pray for survivors returning to Sindhupalchok and Nuwakot districts."),
  safe("cities", "Please pray for the police in Phnom Penh, Siem Reap and Poipet."),
  safe("city", "Thank God for the new shelter near Nakhon Ratchasima."),
  safe("settlements", "Pray for the families in Korogocho and Mathare Valley."),
  safe("towns", "Pray for the team in Puerto Plata and Sosúa."),
  safe("towns", "Pray for Bo and Kenema, where the new child protection unit begins work."),
  safe("cities", "Pray for Lapu-Lapu City and Cordova as the police plan the next operation."),
  safe("towns", "Our staff in Nueva Concepción and Escuintla visited twelve families."),
  safe("town at sentence start", "Kete Krachi is one of the busiest ports on Lake Volta."),
  safe(
    "town as subject",
    "Agbogbloshie has become home to many children who left the fishing villages.",
  ),
  safe(
    "city at sentence start",
    "San Pedro Sula has one of the highest rates of violence against children.",
  ),
  safe("town, unknown two words", "Pray for the fishing communities of Abotoase and Dambai."),

  // --- Safe: named operations ---------------------------------------------------------------------
  safe("operation", "Praise God for Operation Liberty, which freed 42 people from forced labour."),
  safe(
    "operation, two words",
    "Pray for the officers preparing Operation Lotus Flower in Kolkata.",
  ),
  safe("operation at sentence start", "Operation Blue Heart led to the arrest of five recruiters."),
  safe(
    "Spanish operation",
    "La Operación Sol Naciente rescató a nueve adolescentes en Santo Domingo.",
  ),
  safe("operation", "Pray for the follow-up to Operation Safe Harbour along the coast."),
  safe("operation", "Pray for the investigators on Operation Red Card."),
  safe("French operation", "L'Opération Enfance Libre a permis de libérer trente enfants."),
  safe("operation", "Thank God for Operation Golden Dawn, the largest rescue this year."),
  safe("operation", "Pray for the families reached through Operation Rahab in Mumbai."),
  safe("operation", "Operation Mekong Shield has led to 14 arrests across three provinces."),

  // --- Safe: churches --------------------------------------------------------------------------------
  safe("church", "St Mary's Church in Kumasi hosted a Freedom Sunday service."),
  safe("church", "Grace Community Church raised funds for the new aftercare home."),
  safe("Spanish church", "Iglesia Bautista Emanuel prayed for the survivors on Sunday."),
  safe("church, place name", "Holy Trinity Brompton will host our prayer evening in London."),
  safe("French church", "L'Église Évangélique de Cotonou a prié pour les enfants libérés."),
  safe("church", "Pray for Calvary Chapel Kampala as it mentors young survivors."),
  safe("cathedral", "Christ Church Cathedral in Dublin collected an offering for IJM."),
  safe("church", "Redeemer Presbyterian Church has joined the Freedom Sunday campaign."),
  safe("church with place", "Pray for Mathare Valley Baptist Church and its youth group."),
  safe("Portuguese church", "A Assembleia de Deus em Manaus orou pelas famílias."),
  safe(
    "Spanish church",
    "Iglesia Cristiana Ebenezer de San Pedro Sula abrió sus puertas a las familias.",
  ),
  safe("church", "Thank God for Bethel Gospel Assembly and its faithful intercessors."),
  safe("church", "Elim Pentecostal Church in Cebu has adopted the aftercare home."),
  safe("church", "St Andrew's Anglican Church in Nairobi gave generously."),
  safe("church", "Winners Chapel Accra will hold an all-night prayer meeting."),
  safe("church", "Pray for Deliverance Church Umoja as it cares for widows."),
  safe("denomination", "The Church of Pentecost in Takoradi has trained forty volunteers."),
  safe("church", "Kampala Pentecostal Church has trained 60 volunteers to support widows."),
  safe("parish", "Our Lady of Guadalupe Parish in Mixco hosted a workshop on child protection."),
  safe("Spanish chapel", "La Capilla del Rosario hosted a vigil for the families."),
  safe("church", "Good Shepherd Lutheran Church prays for our Bolivia team every week."),
  safe("church", "Emmanuel Baptist Church in Chiang Mai welcomed the survivors' choir."),
  safe("church", "Thank you, Living Word Fellowship, for hosting Freedom Sunday."),
  safe("church", "Pray for Mount Zion Temple as it prepares a home for survivors."),
  safe("church", "Christ the King Cathedral in Accra dedicated its service to justice."),

  // --- Safe: organisations, courts, government units ----------------------------------------------
  safe(
    "police division",
    "Pray for the Anti-Trafficking in Persons Division of the Cambodian National Police.",
  ),
  safe("denomination", "The Kenya Assemblies of God donated school uniforms."),
  safe(
    "government offices",
    "Thank God for the Department of Special Investigation and the Office of the Attorney General.",
  ),
  safe(
    "Spanish prosecutor's office",
    "Pray for the Fiscalía Especial contra la Trata de Personas in Guatemala.",
  ),
  safe("French police unit", "Pray for the Brigade de Protection des Mineurs in Cotonou."),
  safe(
    "Spanish offices",
    "Pray for the Ministerio Público and the Defensoría de la Niñez y Adolescencia in El Alto.",
  ),
  safe(
    "council",
    "Praise God for the Inter-Agency Council Against Trafficking in the Philippines.",
  ),
  safe(
    "NGOs",
    "Pray for Compassion International and World Vision as they serve in the same communities.",
  ),
  safe("NGOs", "Thank you to Tearfund and Samaritan's Purse for their partnership."),
  safe("state department", "Pray for the Women and Child Development Department of Maharashtra."),
  safe("law society", "The Uganda Law Society has offered free legal aid to widows."),
  safe("lawyers' federation", "Pray for the Federation of Women Lawyers in Kisumu."),
  safe(
    "lawyers' association",
    "The Bangladesh National Women Lawyers' Association is representing the families.",
  ),
  safe("court", "The Chief Magistrates Court in Mukono will rule next week."),
  safe("Spanish court", "Pray for the Tribunal de Sentencia Penal de Escuintla."),
  safe("French court", "La Cour d'Appel de Cotonou a confirmé la condamnation."),
  safe("police unit", "Pray for the Juvenile and Child Protection Unit in Mombasa."),
  safe(
    "task force",
    "The Thailand Internet Crimes Against Children Task Force made three arrests.",
  ),
  safe("NGOs", "Pray for Justice Ventures International and Love Justice International."),
  safe("NGO", "Praise God for the Maiti Nepal shelter and its staff."),
  safe("NGO, two names", "Pray for Shakti Samuha, a survivor-led organisation in Nepal."),
  safe("NGOs", "Pray for Rescue Foundation and Sanlaap as they care for girls."),
  safe("NGOs", "Thank God for Destiny Rescue and Hope for Justice."),
  safe("department", "Pray for Ghana's Department of Social Welfare in the Volta Region."),
  safe("commission", "The National Commission for Women has ordered an inquiry."),
  safe("Spanish NGO", "Pray for Casa Alianza Honduras and its street outreach."),
  safe("Spanish NGO", "Pray for Fundación Levántate Mujer in Santo Domingo."),
  safe("Spanish IJM", "Praise God for Misión Internacional de Justicia in Bolivia."),
  safe("French IJM", "Pray for Mission Internationale de la Justice in Benin."),
  safe("city authority", "Pray for Kampala Capital City Authority as it reviews the land records."),
  safe("navy and police", "Pray for the Royal Thai Navy and the Marine Police."),
  safe("companies", "The Mekong Club and Thai Union signed a new code of conduct."),
  safe("shelter name", "Pray for the staff at Hogar Santa María as they receive three new girls."),
  safe(
    "universities",
    "Pray for the Freedom Sunday events at Wheaton College and Biola University.",
  ),
  safe("NGO", "Pray for the Shakti Vahini team in Delhi."),

  // --- Safe: Bible references ---------------------------------------------------------------------
  safe("verse", "Isaiah 1:17 calls us to seek justice and defend the oppressed."),
  safe("verse", "Pray through Micah 6:8 with your small group this week."),
  safe("verse", "As Amos 5:24 says, let justice roll on like a river."),
  safe("verse", "Read Luke 4:18-19 together before you pray."),
  safe(
    "verse",
    "Proverbs 31:8-9 reminds us to speak up for those who cannot speak for themselves.",
  ),
  safe("verse, numbered book", "First John 3:18 says we should love in deed and in truth."),
  safe("verse, numbered book", "Second Corinthians 1:3-4 speaks of the God of all comfort."),
  safe("Spanish verse", "Salmo 82:3 nos llama a defender al débil y al huérfano."),
  safe("French verse", "Ésaïe 61:1 parle de la liberté pour les captifs."),
  safe("verse", "Jeremiah 22:3 tells us to rescue the robbed from the hand of the oppressor."),

  // --- Safe: regions, countries, months, holidays ------------------------------------------------
  safe("regions", "Pray for our teams across East Africa and South Asia this Easter."),
  safe(
    "month and region",
    "In November, churches across Latin America will celebrate Freedom Sunday.",
  ),
  safe("sub-region", "Pray for the work in Northern Uganda and the West Nile sub-region."),
  safe(
    "Ghanaian regions",
    "Pray for the Ashanti Region and the Bono East Region as the rainy season begins.",
  ),
  safe("holiday", "This Good Friday, pray for everyone still held in slavery."),
  safe("holidays", "Pray for rest for our staff over Christmas and New Year."),
  safe("region", "Please pray for the Terai region of Nepal during the monsoon."),
  safe("holiday", "During Ramadan, pray for our Muslim partners in Bangladesh."),
  safe("named typhoon", "Pray for the Visayas and Mindanao teams after Typhoon Odette."),
  safe("highlands", "Pray for the Andean highlands of Bolivia and Peru this winter."),
  safe("divisions", "Pray for families in Khulna Division and Barisal Division."),
  safe("region", "Pray for the communities of the Chittagong Hill Tracts."),
  safe("festival", "Pray for Diwali celebrations in the shelters, a time of joy for the girls."),
  safe("Spanish holiday", "Pray for Semana Santa celebrations in Guatemala."),
  safe(
    "holiday named after a person",
    "On Martin Luther King Jr. Day, pray for justice for the oppressed.",
  ),
  safe("national holiday", "Pray for Independence Day celebrations in Ghana on 6 March."),
  safe("month names", "From June to August the monsoon floods the brick kilns."),
  safe("event", "Please pray for the Global Prayer Gathering in Washington, D.C."),
  safe("conference", "Please pray for the Justice Conference in Cape Town this weekend."),
  safe("campaign", "Pray for the launch of the Safe Childhood Campaign in Manila."),

  // --- Safe: people referred to by role ---------------------------------------------------------
  safe("judge", "Pray for the judge as she writes her judgment."),
  safe("survivor", "Pray for a survivor who will testify on Thursday."),
  safe("team", "Our Bolivia team thanks you for your faithful prayers."),
  safe(
    "prosecutor and officer",
    "Pray for the prosecutor and the investigating officer in this case.",
  ),
  safe("pastor", "Please pray for the pastor who first reported the abuse."),
  safe("mother", "The survivor's mother has asked us to pray for her health."),
  safe("social worker", "Pray for the social worker assigned to the family."),
  safe("title-case role", "Pray for our Field Office Director as she meets the minister."),
  safe(
    "title-case role",
    "Pray for the Regional Vice President as he visits the Dominican Republic.",
  ),
  safe("Spanish roles", "Oren por la fiscal y el juez de este caso."),
  safe("French roles", "Priez pour le juge et pour la petite fille qui témoignera."),
  safe("title-case role", "Pray for the Director of Public Prosecutions as she reviews the file."),
  safe(
    "title-case role",
    "Pray for the Chief Justice as new rules on child-friendly courts are drafted.",
  ),
  safe("title-case role", "Pray for the Commissioner of Police and his new anti-trafficking unit."),
  safe("role with pseudonym", "Pray for Pastor Samuel* as he counsels the families."),

  // --- Safe: other scripts -------------------------------------------------------------------------
  safe("Devanagari cities", "Pray for our partners in काठमाडौं and पोखरा this week."),
  safe("Devanagari word", "The girls sang धन्यवाद (thank you) to everyone who prayed."),
  safe("Bengali city", "Our team in ঢাকা thanks you for praying."),
  safe("Thai cities", "Pray for the children in เชียงใหม่ and เชียงราย."),
  safe("Khmer city", "Pray for our staff in ភ្នំពេញ during the holiday."),
  safe("Thai phrase", "The women wrote ขอบคุณพระเจ้า — thank God — on the banner."),
  safe("Devanagari shelter name", "The shelter's sign reads आशा गृह (House of Hope)."),
  safe("Devanagari Jesus Christ", "The choir learned to sing यीशु मसीह in Nepali."),
  safe("Arabic greeting", "The banner said السلام عليكم in large letters."),
  safe(
    "Cyrillic countries",
    "Pray for the women from Молдова and Україна who are rebuilding their lives.",
  ),
  safe("Cyrillic church", "Pray for the Православная Церковь volunteers who visit the shelter."),
  safe("Bengali police", "Pray for the officers of বাংলাদেশ পুলিশ who joined the training."),
  safe("Thai court", "Pray for the team at ศาลอาญา, the Criminal Court in Bangkok."),
  safe("Arabic word", "The children drew pictures with the word سلام (peace)."),
  safe("Devanagari verse", "भजन संहिता 82:3 — Psalm 82:3 in Hindi — was read at the service."),

  // --- Safe: other hard capitalised phrases --------------------------------------------------------
  safe("square", "The Walk for Freedom will start at Trafalgar Square at noon."),
  safe("fishing project", "Pray for the Lake Volta Fishing Communities Project."),
  safe("policy", "Pray for the Child Protection Policy workshop at Makerere University."),
  safe("law", "Praise God that the Trafficking in Persons Prevention Act was amended."),
  safe("Spanish law", "La Ley Integral contra la Trata de Personas fue aprobada en Bolivia."),
  safe("heading", "Answered Prayer: Land Returned to Widows in Mukono"),
  safe("heading", "Praise Report from Northern Thailand"),
  safe("sign-off", "With gratitude, The IJM Uganda Team"),
  safe("programme", "Pray for the Survivor Network Leadership Academy graduates."),
  safe("radio programme", "Our staff spoke on Joy FM about child protection."),
];

/** Held out of tuning: every fifth sentence. */
export const isHeldOut = (index: number): boolean => index % 5 === 4;
