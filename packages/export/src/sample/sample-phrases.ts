import type { OfficialLanguage } from '@rapporteur/symbols';

/**
 * The words of a realistic sample addendum in one language. In sentences, `{s}` stands for a
 * document symbol and `{r}` for a cross-reference to an earlier paragraph; `{list}` in the
 * speakers sentences for a list of States joined by the language's own rules.
 */
export interface SamplePhrases {
  readonly title: string;
  readonly body: string;
  readonly session: string;
  /** Paragraph 1: the Commission considered the item, "which read as follows:". */
  readonly considered: string;
  /** The quoted agenda item's opening line, and its sub-items (one sub-heading under A each). */
  readonly quotedItem: string;
  readonly subItems: readonly string[];
  /** Paragraph 2: the documents before the Commission, and the items listing them (with `{s}`). */
  readonly documentsIntro: string;
  readonly documents: readonly string[];
  /** Speakers sentences with `{list}`, and the States named in them. */
  readonly speakers: readonly string[];
  readonly states: readonly string[];
  /** How the last two names of a list are joined ("and", "和"), and the separator before. */
  readonly listJoin: { readonly separator: string; readonly last: string };
  readonly deliberations: string;
  readonly actionTaken: string;
  /** Unnumbered sub-headings placed now and then under a sub-heading. */
  readonly subheadings: readonly string[];
  /** Sentences of the deliberations. */
  readonly sentences: readonly string[];
  /** Sentences of the action taken. */
  readonly actions: readonly string[];
  /** Footnote texts. */
  readonly footnotes: readonly string[];
}

/**
 * Phrase banks for sample drafts in the six official languages, written in the register of the
 * Commission on Crime Prevention and Criminal Justice's reports, so that benchmarks and tests run
 * on text of realistic length, script and structure.
 */
export const samplePhrases: Readonly<Record<OfficialLanguage, SamplePhrases>> = {
  en: {
    title:
      'Integration and coordination of efforts by the United Nations Office on Drugs and Crime and by Member States in the field of crime prevention and criminal justice',
    body: 'Commission on Crime Prevention and Criminal Justice',
    session: 'Twenty-eighth session',
    considered:
      'At its 6th and 7th meetings, on 22 and 23 May 2019, the Commission considered agenda item 6, which read as follows:',
    quotedItem:
      '“Integration and coordination of efforts by the United Nations Office on Drugs and Crime and by Member States in the field of crime prevention and criminal justice:',
    subItems: [
      'Ratification and implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto;',
      'Ratification and implementation of the United Nations Convention against Corruption;',
      'Ratification and implementation of the international instruments to prevent and combat terrorism;',
      'Other crime prevention and criminal justice matters;',
      'Other activities in support of the work of the United Nations Office on Drugs and Crime.”',
    ],
    documentsIntro: 'For its consideration of item 6, the Commission had before it the following:',
    documents: [
      'Report of the Executive Director on the activities of the United Nations Office on Drugs and Crime ({s});',
      'Report of the Secretary-General on international cooperation in combating transnational organized crime and corruption ({s});',
      'Report of the Secretary-General on technical assistance provided by the Office ({s});',
      'Note by the Secretary-General transmitting the report of the Board of Trustees of the Institute ({s});',
    ],
    speakers: [
      'Statements were made by the representatives of {list}.',
      'Statements were also made by the observers for {list}.',
    ],
    states: [
      'Algeria',
      'Japan',
      'Thailand',
      'United States',
      'Colombia',
      'China',
      'Italy',
      'Indonesia',
      'India',
      'Morocco',
      'Bulgaria',
      'Canada',
      'Tunisia',
    ],
    listJoin: { separator: ', ', last: ' and ' },
    deliberations: 'Deliberations',
    actionTaken: 'Action taken',
    subheadings: [
      'Work of the United Nations Office on Drugs and Crime in promoting ratification and implementation',
      'Technical assistance and capacity-building',
      'Cooperation with regional and international organizations',
    ],
    sentences: [
      'Many speakers welcomed the report contained in document {s} and commended the Office for its work.',
      'Several speakers highlighted the importance of international cooperation in criminal matters, including extradition and mutual legal assistance.',
      'Speakers recalled the views expressed in {r} and stressed the need for sustainable and predictable funding for technical assistance.',
      'One speaker noted that the review mechanism described in {s} had been launched and encouraged States to participate actively.',
      'Some speakers referred to the challenges posed by new and emerging forms of crime, such as cybercrime and trafficking in cultural property.',
      'A number of speakers reiterated their commitment to preventing and countering terrorism in all its forms, as set out in {r}.',
      'The representative of the Secretariat introduced document {s} and responded to questions raised during the discussion.',
    ],
    actions: [
      'At its 7th meeting, on 23 May 2019, the Commission recommended draft resolution {s} for adoption by the Economic and Social Council.',
      'At the same meeting, the Commission approved the draft decision contained in document {s}, as orally revised.',
      'The Commission took note of the statement made by the Secretariat on the programme budget implications described in {r}.',
    ],
    footnotes: [
      'Official Records of the Economic and Social Council, 2019, Supplement No. 10 (E/2019/30).',
      'United Nations, Treaty Series, vol. 2225, No. 39574.',
    ],
  },
  zh: {
    title: '统一并协调联合国毒品和犯罪问题办公室与会员国在预防犯罪和刑事司法领域的工作',
    body: '预防犯罪和刑事司法委员会',
    session: '第二十八届会议',
    considered:
      '在 2019 年 5 月 22 日和 23 日第 6 和第 7 次会议上，预防犯罪和刑事司法委员会审议了议程项目 6，其内容如下：',
    quotedItem: '“统一并协调联合国毒品和犯罪问题办公室与会员国在预防犯罪和刑事司法领域的工作：',
    subItems: [
      '批准并执行《联合国打击跨国有组织犯罪公约》及其各项议定书；',
      '批准并执行《联合国反腐败公约》；',
      '批准并执行关于预防和打击恐怖主义的国际文书；',
      '预防犯罪和刑事司法方面的其他事项；',
      '为支持联合国毒品和犯罪问题办公室的工作而开展的其他活动。”',
    ],
    documentsIntro: '为审议项目 6，委员会收到了下列文件：',
    documents: [
      '执行主任关于联合国毒品和犯罪问题办公室活动的报告（{s}）；',
      '秘书长关于在打击跨国有组织犯罪和腐败方面的国际合作的报告（{s}）；',
      '秘书长关于恐怖主义问题相关国际公约和议定书执行过程中的技术援助的报告（{s}）；',
      '秘书长转呈联合国区域间犯罪和司法研究所董事会报告的说明（{s}）；',
    ],
    speakers: ['{list}的代表作了发言。', '{list}的观察员也作了发言。'],
    states: [
      '阿尔及利亚',
      '日本',
      '泰国',
      '美国',
      '哥伦比亚',
      '中国',
      '意大利',
      '印度尼西亚',
      '印度',
      '摩洛哥',
      '保加利亚',
      '加拿大',
      '突尼斯',
    ],
    listJoin: { separator: '、', last: '和' },
    deliberations: '审议情况',
    actionTaken: '采取的行动',
    subheadings: [
      '联合国毒品和犯罪问题办公室在促进批准和执行方面的工作',
      '技术援助和能力建设',
      '与区域和国际组织的合作',
    ],
    sentences: [
      '许多发言者欢迎 {s} 号文件所载报告，并赞扬毒品和犯罪问题办公室的工作。',
      '若干发言者强调了刑事事项国际合作的重要性，包括引渡和司法协助。',
      '发言者回顾了{r}所述意见，并强调技术援助需要可持续和可预测的资金。',
      '一位发言者指出，{s} 所述审议机制已经启动，并鼓励各国积极参与。',
      '一些发言者提到了网络犯罪和贩运文化财产等新的和正在出现的犯罪形式所带来的挑战。',
      '若干发言者重申致力于按照{r}所述，预防和打击一切形式的恐怖主义。',
      '秘书处代表介绍了 {s} 号文件，并答复了讨论中提出的问题。',
    ],
    actions: [
      '在 2019 年 5 月 23 日第 7 次会议上，委员会建议经济及社会理事会通过决议草案 {s}。',
      '在同次会议上，委员会核准了 {s} 号文件所载经口头修订的决定草案。',
      '委员会注意到秘书处就{r}所述方案预算所涉问题所作的说明。',
    ],
    footnotes: [
      '《经济及社会理事会正式记录，2019 年，补编第 10 号》（E/2019/30）。',
      '联合国，《条约汇编》，第 2225 卷，第 39574 号。',
    ],
  },
  fr: {
    title:
      'Intégration et coordination des efforts déployés par l’Office des Nations Unies contre la drogue et le crime et par les États Membres dans le domaine de la prévention du crime et de la justice pénale',
    body: 'Commission pour la prévention du crime et la justice pénale',
    session: 'Vingt-huitième session',
    considered:
      'À ses 6e et 7e séances, les 22 et 23 mai 2019, la Commission a examiné le point 6 de l’ordre du jour, libellé comme suit\u00a0:',
    quotedItem:
      '«\u00a0Intégration et coordination des efforts déployés par l’Office des Nations Unies contre la drogue et le crime et par les États Membres dans le domaine de la prévention du crime et de la justice pénale\u00a0:',
    subItems: [
      'Ratification et application de la Convention des Nations Unies contre la criminalité transnationale organisée et des Protocoles s’y rapportant\u00a0;',
      'Ratification et application de la Convention des Nations Unies contre la corruption\u00a0;',
      'Ratification et application des instruments internationaux visant à prévenir et à combattre le terrorisme\u00a0;',
      'Autres questions relatives à la prévention du crime et à la justice pénale\u00a0;',
      'Autres activités à l’appui des travaux de l’Office des Nations Unies contre la drogue et le crime\u00a0»',
    ],
    documentsIntro: 'Pour l’examen du point 6, la Commission était saisie des documents suivants\u00a0:',
    documents: [
      'Rapport du Directeur exécutif sur les activités de l’Office des Nations Unies contre la drogue et le crime ({s})\u00a0;',
      'Rapport du Secrétaire général sur la coopération internationale en matière de lutte contre la criminalité transnationale organisée et la corruption ({s})\u00a0;',
      'Rapport du Secrétaire général sur l’assistance technique fournie par l’Office ({s})\u00a0;',
      'Note du Secrétaire général transmettant le rapport du Conseil de direction de l’Institut ({s})\u00a0;',
    ],
    speakers: [
      'Les représentants des pays suivants ont fait des déclarations\u00a0: {list}.',
      'Les observateurs des pays suivants ont également fait des déclarations\u00a0: {list}.',
    ],
    states: [
      'Algérie',
      'Japon',
      'Thaïlande',
      'États-Unis',
      'Colombie',
      'Chine',
      'Italie',
      'Indonésie',
      'Inde',
      'Maroc',
      'Bulgarie',
      'Canada',
      'Tunisie',
    ],
    listJoin: { separator: ', ', last: ' et ' },
    deliberations: 'Débat',
    actionTaken: 'Suite donnée',
    subheadings: [
      'Travaux de l’Office visant à promouvoir la ratification et l’application',
      'Assistance technique et renforcement des capacités',
      'Coopération avec les organisations régionales et internationales',
    ],
    sentences: [
      'De nombreux orateurs ont accueilli avec satisfaction le rapport publié sous la cote {s} et salué le travail de l’Office.',
      'Plusieurs orateurs ont souligné l’importance de la coopération internationale en matière pénale, notamment l’extradition et l’entraide judiciaire.',
      'Les orateurs ont rappelé les vues exprimées au {r} et souligné la nécessité d’un financement durable et prévisible de l’assistance technique.',
      'Un orateur a noté que le mécanisme d’examen décrit dans le document {s} avait été lancé et a encouragé les États à y participer activement.',
      'Certains orateurs ont évoqué les défis posés par les formes nouvelles et émergentes de criminalité, telles que la cybercriminalité.',
      'Plusieurs orateurs ont réaffirmé leur volonté de prévenir et de combattre le terrorisme sous toutes ses formes, comme indiqué au {r}.',
    ],
    actions: [
      'À sa 7e séance, le 23 mai 2019, la Commission a recommandé au Conseil économique et social d’adopter le projet de résolution {s}.',
      'À la même séance, la Commission a approuvé le projet de décision publié sous la cote {s}, tel que révisé oralement.',
      'La Commission a pris note de la déclaration du Secrétariat sur les incidences sur le budget-programme décrites au {r}.',
    ],
    footnotes: [
      'Documents officiels du Conseil économique et social, 2019, Supplément no\u00a010 (E/2019/30).',
      'Nations Unies, Recueil des Traités, vol. 2225, no\u00a039574.',
    ],
  },
  es: {
    title:
      'Integración y coordinación de las actividades de la Oficina de las Naciones Unidas contra la Droga y el Delito y de los Estados Miembros en la esfera de la prevención del delito y la justicia penal',
    body: 'Comisión de Prevención del Delito y Justicia Penal',
    session: '28º período de sesiones',
    considered:
      'En sus sesiones sexta y séptima, celebradas los días 22 y 23 de mayo de 2019, la Comisión examinó el tema 6 del programa, que decía lo siguiente:',
    quotedItem:
      '“Integración y coordinación de las actividades de la Oficina de las Naciones Unidas contra la Droga y el Delito y de los Estados Miembros en la esfera de la prevención del delito y la justicia penal:',
    subItems: [
      'Ratificación y aplicación de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos;',
      'Ratificación y aplicación de la Convención de las Naciones Unidas contra la Corrupción;',
      'Ratificación y aplicación de los instrumentos internacionales para prevenir y combatir el terrorismo;',
      'Otras cuestiones relativas a la prevención del delito y la justicia penal;',
      'Otras actividades en apoyo de la labor de la Oficina de las Naciones Unidas contra la Droga y el Delito.”',
    ],
    documentsIntro: 'Para su examen del tema 6, la Comisión tuvo ante sí los documentos siguientes:',
    documents: [
      'Informe del Director Ejecutivo sobre las actividades de la Oficina de las Naciones Unidas contra la Droga y el Delito ({s});',
      'Informe del Secretario General sobre la cooperación internacional en la lucha contra la delincuencia organizada transnacional y la corrupción ({s});',
      'Informe del Secretario General sobre la asistencia técnica prestada por la Oficina ({s});',
      'Nota del Secretario General por la que se transmite el informe de la Junta de Consejeros del Instituto ({s});',
    ],
    speakers: [
      'Formularon declaraciones los representantes de {list}.',
      'También formularon declaraciones los observadores de {list}.',
    ],
    states: [
      'Argelia',
      'el Japón',
      'Tailandia',
      'los Estados Unidos',
      'Colombia',
      'China',
      'Italia',
      'Indonesia',
      'la India',
      'Marruecos',
      'Bulgaria',
      'el Canadá',
      'Túnez',
    ],
    listJoin: { separator: ', ', last: ' y ' },
    deliberations: 'Deliberaciones',
    actionTaken: 'Medidas adoptadas',
    subheadings: [
      'Labor de la Oficina para promover la ratificación y la aplicación',
      'Asistencia técnica y fomento de la capacidad',
      'Cooperación con organizaciones regionales e internacionales',
    ],
    sentences: [
      'Muchos oradores acogieron con beneplácito el informe que figuraba en el documento {s} y encomiaron la labor de la Oficina.',
      'Varios oradores destacaron la importancia de la cooperación internacional en asuntos penales, incluidas la extradición y la asistencia judicial recíproca.',
      'Los oradores recordaron las opiniones expresadas en el {r} y subrayaron la necesidad de una financiación sostenible y previsible.',
      'Un orador señaló que el mecanismo de examen descrito en el documento {s} se había puesto en marcha y alentó a los Estados a participar activamente.',
      'Algunos oradores se refirieron a los desafíos que planteaban las formas nuevas e incipientes de delincuencia, como el delito cibernético.',
      'Varios oradores reiteraron su compromiso de prevenir y combatir el terrorismo en todas sus formas, como se indica en el {r}.',
    ],
    actions: [
      'En su séptima sesión, celebrada el 23 de mayo de 2019, la Comisión recomendó al Consejo Económico y Social que aprobara el proyecto de resolución {s}.',
      'En la misma sesión, la Comisión aprobó el proyecto de decisión que figuraba en el documento {s}, en su forma oralmente revisada.',
      'La Comisión tomó nota de la declaración de la Secretaría sobre las consecuencias para el presupuesto por programas descritas en el {r}.',
    ],
    footnotes: [
      'Documentos Oficiales del Consejo Económico y Social, 2019, Suplemento núm. 10 (E/2019/30).',
      'Naciones Unidas, Treaty Series, vol. 2225, núm. 39574.',
    ],
  },
  ru: {
    title:
      'Интеграция и координация усилий Управления Организации Объединенных Наций по наркотикам и преступности и государств-членов в области предупреждения преступности и уголовного правосудия',
    body: 'Комиссия по предупреждению преступности и уголовному правосудию',
    session: 'Двадцать восьмая сессия',
    considered:
      'На своих 6-м и 7-м заседаниях 22 и 23 мая 2019 года Комиссия рассмотрела пункт 6 повестки дня, который гласил:',
    quotedItem:
      '«Интеграция и координация усилий Управления Организации Объединенных Наций по наркотикам и преступности и государств-членов в области предупреждения преступности и уголовного правосудия:',
    subItems: [
      'ратификация и осуществление Конвенции Организации Объединенных Наций против транснациональной организованной преступности и протоколов к ней;',
      'ратификация и осуществление Конвенции Организации Объединенных Наций против коррупции;',
      'ратификация и осуществление международно-правовых документов о предупреждении терроризма и борьбе с ним;',
      'другие вопросы предупреждения преступности и уголовного правосудия;',
      'другие мероприятия в поддержку работы Управления Организации Объединенных Наций по наркотикам и преступности».',
    ],
    documentsIntro: 'Для рассмотрения пункта 6 Комиссии были представлены следующие документы:',
    documents: [
      'доклад Директора-исполнителя о деятельности Управления Организации Объединенных Наций по наркотикам и преступности ({s});',
      'доклад Генерального секретаря о международном сотрудничестве в борьбе с транснациональной организованной преступностью и коррупцией ({s});',
      'доклад Генерального секретаря о технической помощи, оказываемой Управлением ({s});',
      'записка Генерального секретаря, препровождающая доклад Совета попечителей Института ({s});',
    ],
    speakers: [
      'С заявлениями выступили представители следующих государств: {list}.',
      'С заявлениями выступили также наблюдатели от следующих государств: {list}.',
    ],
    states: [
      'Алжир',
      'Япония',
      'Таиланд',
      'Соединенные Штаты',
      'Колумбия',
      'Китай',
      'Италия',
      'Индонезия',
      'Индия',
      'Марокко',
      'Болгария',
      'Канада',
      'Тунис',
    ],
    listJoin: { separator: ', ', last: ' и ' },
    deliberations: 'Обсуждение',
    actionTaken: 'Принятые меры',
    subheadings: [
      'Работа Управления по содействию ратификации и осуществлению',
      'Техническая помощь и наращивание потенциала',
      'Сотрудничество с региональными и международными организациями',
    ],
    sentences: [
      'Многие ораторы приветствовали доклад, содержащийся в документе {s}, и высоко оценили работу Управления.',
      'Ряд ораторов подчеркнули важность международного сотрудничества по уголовным делам, включая выдачу и взаимную правовую помощь.',
      'Ораторы напомнили о мнениях, изложенных в {r}, и подчеркнули необходимость устойчивого и предсказуемого финансирования технической помощи.',
      'Один из ораторов отметил, что механизм обзора, описанный в документе {s}, начал работу, и призвал государства активно участвовать в нем.',
      'Некоторые ораторы говорили о проблемах, связанных с новыми и формирующимися видами преступности, такими как киберпреступность.',
      'Ряд ораторов вновь заявили о своей приверженности предупреждению терроризма во всех его формах и борьбе с ним, как указано в {r}.',
    ],
    actions: [
      'На своем 7-м заседании 23 мая 2019 года Комиссия рекомендовала Экономическому и Социальному Совету принять проект резолюции {s}.',
      'На том же заседании Комиссия одобрила проект решения, содержащийся в документе {s}, с внесенными в него устными изменениями.',
      'Комиссия приняла к сведению заявление Секретариата о последствиях для бюджета по программам, описанных в {r}.',
    ],
    footnotes: [
      'Официальные отчеты Экономического и Социального Совета, 2019 год, Дополнение № 10 (E/2019/30).',
      'United Nations, Treaty Series, vol. 2225, No. 39574.',
    ],
  },
  ar: {
    title:
      'تكامل وتنسيق الجهود التي يبذلها مكتب الأمم المتحدة المعني بالمخدرات والجريمة والدول الأعضاء في مجال منع الجريمة والعدالة الجنائية',
    body: 'لجنة منع الجريمة والعدالة الجنائية',
    session: 'الدورة الثامنة والعشرون',
    considered:
      'نظرت اللجنة، في جلستيها السادسة والسابعة المعقودتين في 22 و23 أيار/مايو 2019، في البند 6 من جدول الأعمال، ونصه كما يلي:',
    quotedItem:
      '"تكامل وتنسيق الجهود التي يبذلها مكتب الأمم المتحدة المعني بالمخدرات والجريمة والدول الأعضاء في مجال منع الجريمة والعدالة الجنائية:',
    subItems: [
      'التصديق على اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها وتنفيذها؛',
      'التصديق على اتفاقية الأمم المتحدة لمكافحة الفساد وتنفيذها؛',
      'التصديق على الصكوك الدولية لمنع الإرهاب ومكافحته وتنفيذها؛',
      'مسائل أخرى تتعلق بمنع الجريمة والعدالة الجنائية؛',
      'أنشطة أخرى دعما لعمل مكتب الأمم المتحدة المعني بالمخدرات والجريمة."',
    ],
    documentsIntro: 'وكان معروضا على اللجنة، لكي تنظر في البند 6، الوثائق التالية:',
    documents: [
      'تقرير المدير التنفيذي عن أنشطة مكتب الأمم المتحدة المعني بالمخدرات والجريمة ({s})؛',
      'تقرير الأمين العام عن التعاون الدولي على مكافحة الجريمة المنظمة عبر الوطنية والفساد ({s})؛',
      'تقرير الأمين العام عن المساعدة التقنية التي يقدمها المكتب ({s})؛',
      'مذكرة من الأمين العام يحيل بها تقرير مجلس أمناء المعهد ({s})؛',
    ],
    speakers: ['وأدلى ببيانات ممثلو {list}.', 'وأدلى ببيانات أيضا المراقبون عن {list}.'],
    states: [
      'الجزائر',
      'اليابان',
      'تايلند',
      'الولايات المتحدة',
      'كولومبيا',
      'الصين',
      'إيطاليا',
      'إندونيسيا',
      'الهند',
      'المغرب',
      'بلغاريا',
      'كندا',
      'تونس',
    ],
    listJoin: { separator: ' و', last: ' و' },
    deliberations: 'المداولات',
    actionTaken: 'الإجراءات المتخذة',
    subheadings: [
      'عمل المكتب في مجال تعزيز التصديق والتنفيذ',
      'المساعدة التقنية وبناء القدرات',
      'التعاون مع المنظمات الإقليمية والدولية',
    ],
    sentences: [
      'ورحب كثير من المتكلمين بالتقرير الوارد في الوثيقة {s} وأشادوا بعمل المكتب.',
      'وأبرز عدة متكلمين أهمية التعاون الدولي في المسائل الجنائية، بما في ذلك تسليم المطلوبين والمساعدة القانونية المتبادلة.',
      'وأشار المتكلمون إلى الآراء المعرب عنها في {r} وشددوا على ضرورة توفير تمويل مستدام ويمكن التنبؤ به للمساعدة التقنية.',
      'وأشار أحد المتكلمين إلى أن آلية الاستعراض المبينة في الوثيقة {s} قد بدأت عملها، وشجع الدول على المشاركة فيها بنشاط.',
      'وتطرق بعض المتكلمين إلى التحديات التي تطرحها أشكال الجريمة الجديدة والمستجدة، مثل الجريمة السيبرانية.',
      'وأكد عدة متكلمين من جديد التزامهم بمنع الإرهاب بجميع أشكاله ومكافحته، على النحو المبين في {r}.',
    ],
    actions: [
      'وفي الجلسة السابعة، المعقودة في 23 أيار/مايو 2019، أوصت اللجنة المجلس الاقتصادي والاجتماعي باعتماد مشروع القرار {s}.',
      'وفي الجلسة نفسها، وافقت اللجنة على مشروع المقرر الوارد في الوثيقة {s}، بصيغته المنقحة شفويا.',
      'وأحاطت اللجنة علما بالبيان الذي أدلت به الأمانة بشأن الآثار المترتبة في الميزانية البرنامجية المبينة في {r}.',
    ],
    footnotes: [
      'الوثائق الرسمية للمجلس الاقتصادي والاجتماعي، 2019، الملحق رقم 10 (E/2019/30).',
      'الأمم المتحدة، مجموعة المعاهدات، المجلد 2225، الرقم 39574.',
    ],
  },
};
