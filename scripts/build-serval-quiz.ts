/**
 * Builds quizzes/serval.quiz.json, the hand-written seed quiz, so that its evidence offsets are
 * computed rather than counted by hand:
 *
 *   npx tsx scripts/build-serval-quiz.ts path/to/serval-article.txt   clean the raw article, then build
 *   npx tsx scripts/build-serval-quiz.ts                              rebuild from the text already in the file
 *
 * Evidence is written below as quotations of whole sentences; each must occur exactly once in the
 * cleaned text. Edit the questions here and re-run rather than editing the JSON by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { quizFileSchema, type QuestionInput, type QuizFileInput } from "@/lib/quiz/schema";
import { formatIssues } from "@/lib/quiz/files";

const OUT = path.join(process.cwd(), "quizzes", "serval.quiz.json");

// UTF-8 read as Latin-1/Windows-1252, including the seed's truncated ellipsis "â¦" (E2 [80] A6).
const MOJIBAKE: [string, string][] = [
  ["â€¦", "…"],
  ["â¦", "…"],
  ["â€™", "’"],
  ["â€˜", "‘"],
  ["â€œ", "“"],
  ["â€\u009d", "”"],
  ["â€“", "–"],
  ["â€”", "—"],
  ["Ã©", "é"],
  ["Ã¨", "è"],
  ["Ã§", "ç"],
  ["Ã ", "à"],
];

/** Repair mojibake and lay paragraphs out as the model wants them: one blank line between. */
function cleanArticle(raw: string): string {
  let text = raw.replace(/\r\n?/g, "\n");
  for (const [bad, good] of MOJIBAKE) text = text.split(bad).join(good);
  const leftovers = text.match(/[ÂÃâ][\u0080-\u00BF]/g);
  if (leftovers) throw new Error(`unrepaired mojibake: ${leftovers.join(" ")}`);
  return text
    .split(/\n+/)
    .map((p) => p.replace(/[ \t\u00A0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/** A question whose evidence is quoted sentences; `spanOf` turns each into offsets. */
type Draft = QuestionInput extends infer Q ? (Q extends unknown ? Omit<Q, "evidence"> & { evidence: string[] } : never) : never;

const questions: Draft[] = [
  {
    id: "main-idea",
    type: "single",
    skill: "main-idea",
    difficulty: 2,
    prompt: "Which statement best sums up the situation at the start of the article?",
    options: [
      { id: "stopped", text: "French bombing has stopped the Islamist advance towards Bamako" },
      { id: "advanced", text: "Islamist rebels have advanced on Bamako despite French bombing" },
      { id: "retreated", text: "Islamist rebels have retreated from Bamako to the far north" },
      { id: "driven-out", text: "Malian troops have driven the rebels out of central Mali" },
    ],
    answer: "advanced",
    explanation:
      'The opening sentence says: "Islamist insurgents have advanced towards the Malian capital, Bamako, despite intense bombardment by French warplanes, as ministers in Paris admitted their forces were meeting more resistance than expected." The bombing has not stopped them, and nothing says they have retreated or been driven out.',
    evidence: [
      "Islamist insurgents have advanced towards the Malian capital, Bamako, despite intense bombardment by French warplanes, as ministers in Paris admitted their forces were meeting more resistance than expected.",
    ],
  },
  {
    id: "main-fighting",
    type: "short",
    skill: "detail",
    difficulty: 1,
    prompt: "In which part of Mali did Le Drian say the most important fighting was taking place?",
    answer: ["the west", "west Mali", "western Mali", "the west of Mali", "in the west", "in the west of Mali", "western"],
    explanation:
      'Le Drian said: "We knew that the key spots would be towards the west and it\'s in the west where we were bombing last night, and it\'s in the west today where the most important fighting is going on."',
    evidence: [
      'Le Drian said: "We knew that the key spots would be towards the west and it\'s in the west where we were bombing last night, and it\'s in the west today where the most important fighting is going on."',
    ],
  },
  {
    id: "distance-from-bamako",
    type: "numeric",
    skill: "number",
    difficulty: 2,
    prompt: "How far from Bamako are the rebels now?",
    answer: 250,
    tolerance: 0,
    unit: "miles",
    unitAliases: ["mile", "mi"],
    explanation:
      'The rebels had been "about 420 miles from Bamako", "but by sweeping in from the west they are now 250 miles from the capital." 420 miles is where they were before their advance.',
    evidence: [
      "The rebels had been bottled up in the narrow neck of central Mali, about 420 miles from Bamako, but by sweeping in from the west they are now 250 miles from the capital.",
    ],
  },
  {
    id: "nato-request",
    type: "truefalse",
    skill: "attribution",
    difficulty: 1,
    prompt: "Nato said France had asked the alliance for help in Mali.",
    answer: false,
    explanation:
      'False. Nato "said it had received no request for help from Paris", and its spokesperson added: "There has been no request, no discussion [within Nato] on the situation in Mali".',
    evidence: [
      'Nato welcomed the French intervention but said it had received no request for help from Paris. "There has been no request, no discussion [within Nato] on the situation in Mali; the alliance as such is not involved in this crisis," said a spokesperson, Oana Lungescu.',
    ],
  },
  {
    id: "troops-in-bamako",
    type: "single",
    skill: "detail",
    difficulty: 2,
    prompt: "According to the official line, why are French ground troops in Bamako?",
    options: [
      { id: "train", text: "To train Malian soldiers before they try to retake the north" },
      { id: "guard", text: "To guard the presidential palace and government offices" },
      { id: "escort", text: "To escort aid convoys from Bamako into central Mali" },
      { id: "airport", text: "To secure the airport and evacuate French people if needed" },
    ],
    answer: "airport",
    explanation:
      'The article says: "The official line is that they are there to secure the airport and to carry out any necessary evacuation of the 6,000 French people living there." Beyond the official line, the Elysée has acknowledged that part of the force will head towards the centre of the country.',
    evidence: [
      "About 500 French ground troops are already in Bamako and others are expected to follow. The official line is that they are there to secure the airport and to carry out any necessary evacuation of the 6,000 French people living there.",
    ],
  },
  {
    id: "hollande-north",
    type: "truefalse",
    skill: "detail",
    difficulty: 2,
    prompt: "François Hollande approved the option of French troops fighting alongside the Malian army in the contested north.",
    answer: true,
    explanation:
      'True. "It is also reported that French troops may move into the contested north to fight alongside the Malian army. This last option was approved by François Hollande at a special defence council meeting on Monday morning."',
    evidence: [
      "It is also reported that French troops may move into the contested north to fight alongside the Malian army. This last option was approved by François Hollande at a special defence council meeting on Monday morning.",
    ],
  },
  {
    id: "reinforcements",
    type: "multiple",
    skill: "detail",
    difficulty: 2,
    points: 2,
    prompt: "Which of these countries are expected to send reinforcements? Choose all that apply.",
    options: [
      { id: "algeria", text: "Algeria" },
      { id: "nigeria", text: "Nigeria" },
      { id: "chad", text: "Chad" },
      { id: "togo", text: "Togo" },
      { id: "ghana", text: "Ghana" },
      { id: "benin", text: "Benin" },
    ],
    answer: ["nigeria", "togo", "benin"],
    explanation:
      'Reinforcements "are expected from neighbouring African countries including Nigeria, Niger, Burkina Faso, Togo, Senegal and Benin." Algeria has only agreed "to allow French planes to use its airspace"; Chad is named later as a home of arms dealers, and Ghana is not mentioned.',
    evidence: [
      "Reinforcements are expected from neighbouring African countries including Nigeria, Niger, Burkina Faso, Togo, Senegal and Benin. Even Algeria, at first reticent, has agreed to allow French planes to use its airspace, although the Algerian press has been fiercely critical of Paris's intervention.",
    ],
  },
  {
    id: "code-name",
    type: "short",
    skill: "detail",
    difficulty: 1,
    prompt: "What code name has France given its military operation in Mali?",
    answer: ["Serval", "Operation Serval"],
    explanation: 'The Liberté newspaper is quoted: "The French military operation in Mali has been given the code name Serval."',
    evidence: [
      '"The French military operation in Mali has been given the code name Serval. The serval is a small African cat whose particularity is to urinate 30 times an hour to mark its territory," the Liberté newspaper said.',
    ],
  },
  {
    id: "code-name-animal",
    type: "single",
    skill: "vocabulary",
    difficulty: 1,
    prompt: "The operation is named after an animal. According to the Liberté newspaper, what is that animal?",
    options: [
      { id: "fox", text: "A small desert fox" },
      { id: "hawk", text: "A large bird of prey" },
      { id: "cat", text: "A small African cat" },
      { id: "dog", text: "A wild African dog" },
    ],
    answer: "cat",
    explanation:
      'Liberté wrote: "The serval is a small African cat whose particularity is to urinate 30 times an hour to mark its territory." It then "accused Paris of doing the same": of marking out its territory in Africa.',
    evidence: [
      '"The French military operation in Mali has been given the code name Serval. The serval is a small African cat whose particularity is to urinate 30 times an hour to mark its territory," the Liberté newspaper said. It accused Paris of doing the same.',
    ],
  },
  {
    id: "security-level-raised",
    type: "blank",
    skill: "detail",
    difficulty: 2,
    points: 2,
    prompt:
      "After the Islamists' threats, Manuel Valls raised France's national security rating to ___, one grade below the highest level, ___.",
    answer: [["bright red"], ["scarlet"]],
    explanation:
      'Valls "said the threats had prompted him to raise the national security rating, to bright red, one grade down from the highest level, scarlet."',
    evidence: [
      "The French interior minister, Manuel Valls, said the threats had prompted him to raise the national security rating, to bright red, one grade down from the highest level, scarlet.",
    ],
  },
  {
    id: "security-level-since",
    type: "single",
    skill: "detail",
    difficulty: 2,
    prompt: "According to Valls, since what event had France's security rating been at level red?",
    options: [
      { id: "madrid", text: "The 2004 train bombings in Madrid" },
      { id: "new-york", text: "The 2001 attacks in New York" },
      { id: "london", text: "The 2005 bombings in London" },
      { id: "paris", text: "The 1995 bombings in Paris" },
    ],
    answer: "london",
    explanation: 'Valls told Le Parisien: "Since the bombings in London in 2005 it has been at a high level, level red."',
    evidence: ['"Since the bombings in London in 2005 it has been at a high level, level red.'],
  },
  {
    id: "who-is-who",
    type: "matching",
    skill: "attribution",
    difficulty: 2,
    points: 2,
    prompt: "Match each person to the role the article gives them.",
    left: [
      { id: "valls", text: "Manuel Valls" },
      { id: "lungescu", text: "Oana Lungescu" },
      { id: "guidere", text: "Mathieu Guidère" },
    ],
    right: [
      { id: "defence-minister", text: "Defence minister of France" },
      { id: "nato-spokesperson", text: "Spokesperson for Nato" },
      { id: "islamist-spokesman", text: "Spokesman for an Islamist group" },
      { id: "interior-minister", text: "Interior minister of France" },
      { id: "intelligence-specialist", text: "Intelligence specialist in Geneva" },
    ],
    answer: { valls: "interior-minister", lungescu: "nato-spokesperson", guidere: "intelligence-specialist" },
    explanation:
      'The article names "The French interior minister, Manuel Valls"; Oana Lungescu answers for Nato ("said a spokesperson, Oana Lungescu"); Mathieu Guidère is "a specialist in strategic intelligence at the University of Geneva". The other two roles belong to no one in the list.',
    evidence: [
      "The French interior minister, Manuel Valls, said the threats had prompted him to raise the national security rating, to bright red, one grade down from the highest level, scarlet.",
      'Nato welcomed the French intervention but said it had received no request for help from Paris. "There has been no request, no discussion [within Nato] on the situation in Mali; the alliance as such is not involved in this crisis," said a spokesperson, Oana Lungescu.',
      "Mathieu Guidère, a specialist in strategic intelligence at the University of Geneva and author of the book The New Terrorists, said he believed the Malian Islamists had been arming and training since August for a French intervention.",
    ],
  },
  {
    id: "weapons-sources",
    type: "ordering",
    skill: "sequence",
    difficulty: 3,
    points: 2,
    prompt:
      "Mathieu Guidère names three sources of the Islamists' weapons. Put them in the order the Islamists obtained them, earliest first.",
    items: [
      { id: "black-market", text: "Arms bought from dealers on the black market" },
      { id: "libya", text: "Weapons from Libya after Gaddafi's fall" },
      { id: "gao", text: "Arms left behind by the Malian army at Gao" },
    ],
    answer: ["libya", "gao", "black-market"],
    explanation:
      'First, weapons came "From Libya after the fall of Muammar Gaddafi" and were "used in the first battles". Then "The second consignment of arms was captured when the Malian army fled Gao". "The third wave of weapons was more recent": "since September" they "bought everything they could on the black market."',
    evidence: [
      "He said they had obtained weapons from three sources. From Libya after the fall of Muammar Gaddafi they had obtained mostly light weapons including Kalashnikovs, machine guns, rockets and surface-to-air missiles, along with jeeps and pickup trucks.",
      "The second consignment of arms was captured when the Malian army fled Gao as the Islamist forces captured the city.",
      "The third wave of weapons was more recent, he said.",
      "With this small capital they have, since September, bought everything they could on the black market.",
    ],
  },
  {
    id: "gao-weapons-unused",
    type: "truefalse",
    skill: "detail",
    difficulty: 2,
    prompt: "Guidère says the Islamists have already used the weapons they gathered up at Gao.",
    answer: false,
    explanation:
      'False. Of the army\'s weapons abandoned at Gao, Guidère said: "These weapons haven\'t yet been used." It was the weapons from Libya that were "primarily used in the first battles".',
    evidence: [
      '"The soldiers abandoned their bases with their weapons. The Islamists quite simply gathered up the armaments of the regular army: a few tanks, artillery, batteries. These weapons haven\'t yet been used," Guidère said.',
    ],
  },
  {
    id: "arms-funding",
    type: "single",
    skill: "cause-effect",
    difficulty: 2,
    prompt: "According to Guidère, how did the Islamists pay for the arms they bought most recently?",
    options: [
      { id: "taxes", text: "With taxes levied on the towns they controlled" },
      { id: "gold", text: "With gold taken from mines in northern Mali" },
      { id: "trafficking", text: "With money from trafficking drugs and hostages" },
      { id: "donations", text: "With donations sent by supporters in the Gulf" },
    ],
    answer: "trafficking",
    explanation:
      'Guidère said: "They began to use money collected from various trafficking of drugs and hostages. With this small capital they have, since September, bought everything they could on the black market."',
    evidence: [
      "They began to use money collected from various trafficking of drugs and hostages. With this small capital they have, since September, bought everything they could on the black market.",
    ],
  },
];

const REVIEW = [
  "Written by hand as the seed quiz, pending the question generator; built by scripts/build-serval-quiz.ts, which computes the evidence offsets.",
  "Article text: the seed text with its one piece of mojibake repaired ('â¦', a truncated UTF-8 ellipsis, now '…') and paragraphs separated by a blank line. Straight quotes are kept as the source has them throughout.",
  "The title is descriptive; the original headline is not in the seed text. The date is Monday 14 January 2013 (the intervention began on Friday 11 January and the text reports Monday's fighting).",
  "Text went missing at four places and is left as it is: 'in central \"They took Diabaly', 'said on The French interior minister', 'Like other countries, Mathieu Guidère', 'let their arms dealers in Asked how France'. Two quotations never close. No evidence covers a broken sentence or crosses a gap; where a whole sentence survives just after a gap (Valls and the security rating; Guidère's role) it is cited on its own.",
  "Omar Ould Hamaha's role is stated only in a sentence cut short by a gap, so no question depends on it.",
].join("\n");

function spanOf(text: string, quote: string, questionId: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${questionId}: evidence not found in the article: ${quote.slice(0, 60)}…`);
  if (text.indexOf(quote, start + 1) >= 0) throw new Error(`${questionId}: evidence occurs twice: ${quote.slice(0, 60)}…`);
  return { start, end: start + quote.length };
}

function main() {
  const source = process.argv[2];
  const text = source
    ? cleanArticle(readFileSync(source, "utf8"))
    : (JSON.parse(readFileSync(OUT, "utf8")) as { article: { text: string } }).article.text;

  const file: QuizFileInput = {
    slug: "serval",
    title: "France in Mali: Operation Serval",
    description: "France's intervention in Mali in January 2013: the fighting, the code name, the security alert at home and where the Islamists' weapons came from.",
    article: {
      title: "Mali: Islamist rebels advance despite French air strikes",
      source: "The Guardian",
      publishedOn: "2013-01-14",
      text,
    },
    questions: questions.map((q) => ({ ...q, evidence: q.evidence.map((e) => spanOf(text, e, q.id)) }) as QuestionInput),
    review: REVIEW,
  };

  const checked = quizFileSchema.safeParse(file);
  if (!checked.success) throw new Error(`the built quiz is not valid\n${formatIssues(checked.error.issues)}`);
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${file.questions.length} questions, ${text.length} characters of article`);
}

main();
