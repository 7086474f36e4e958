import { MajorValue } from '../certificate-level';
import { DiscriminationCategory } from './discrimination-category';
import { DISCRIMINATORY_PHRASES } from './discriminatory-phrases';
import { checkRequirements, DemandRequirement, DemandRequirementInput, RequirementProblem } from './requirement-kinds';

/** A refused phrase in a duties text: where it is, what it is, and why it is refused. */
export interface PhraseHit {
  phrase: string;
  /** Offset of the phrase in the text (UTF-16 code units, as String.prototype.slice counts). */
  index: number;
  category: DiscriminationCategory;
  reason: string;
}

const COMPILED_PHRASES = DISCRIMINATORY_PHRASES.map((entry) => ({ ...entry, regex: new RegExp(entry.pattern, 'g') }));

/** Full-width ASCII (Ａ-ｚ, ０-９, ：…) and the ideographic space to ASCII; one code unit each, so offsets stay. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/**
 * Every refused phrase in `text`, in order of position. Where patterns overlap, a phrase inside a
 * longer one is reported once, as the longer one.
 */
export function scanDiscriminatoryPhrases(text: string): PhraseHit[] {
  const folded = foldFullWidth(text);
  const hits: PhraseHit[] = [];
  for (const { regex, category, reason } of COMPILED_PHRASES) {
    for (const match of folded.matchAll(regex)) {
      hits.push({ phrase: text.slice(match.index, match.index + match[0].length), index: match.index, category, reason });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: PhraseHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.index + hit.phrase.length <= last.index + last.phrase.length) continue;
    kept.push(hit);
  }
  return kept;
}

/** One reason a demand is refused under the equal-employment rules. */
export interface EqualEmploymentProblem {
  /** Where the problem is: a structured requirement (by its position) or the duties text (by offset). */
  source: 'REQUIREMENT' | 'DUTIES';
  index: number;
  /** The offending text: the requirement kind as written, or the phrase in the duties. */
  phrase: string;
  category: RequirementProblem['category'];
  /** A restriction on who is hired (as opposed to a mistyped value). */
  discriminatory: boolean;
  reason: string;
}

export interface DemandEqualEmploymentInput {
  major: MajorValue;
  requirements: readonly DemandRequirementInput[];
  duties: string;
}

/**
 * The equal-employment check run on every posted or updated demand: structured requirements must
 * be of an allowed kind (with their justification where one is needed), and the duties text must
 * hold no refused phrase. Returns every problem (empty when the demand may be published) and the
 * requirements as they are to be stored.
 */
export function checkDemandForDiscrimination(input: DemandEqualEmploymentInput): {
  problems: EqualEmploymentProblem[];
  requirements: DemandRequirement[];
} {
  const { problems: requirementProblems, requirements } = checkRequirements(input.major, input.requirements);
  const problems: EqualEmploymentProblem[] = [
    ...requirementProblems.map(({ index, kind, category, discriminatory, reason }) => ({
      source: 'REQUIREMENT' as const,
      index,
      phrase: kind,
      category,
      discriminatory,
      reason,
    })),
    ...scanDiscriminatoryPhrases(input.duties).map(({ phrase, index, category, reason }) => ({
      source: 'DUTIES' as const,
      index,
      phrase,
      category,
      discriminatory: true,
      reason,
    })),
  ];
  return { problems, requirements };
}

/**
 * The message shown to the employer, naming each offending phrase and why, e.g.
 * "用工需求含有就业歧视内容：「35岁以下」——年龄限制超出法定劳动年龄要求；「形象好」——不得以相貌作为招聘条件".
 */
export function describeEqualEmploymentProblems(problems: readonly EqualEmploymentProblem[]): string {
  const heading = problems.some((problem) => problem.discriminatory) ? '用工需求含有就业歧视内容' : '用工要求填写有误';
  const items = problems.map(({ source, phrase, reason }) => `${source === 'REQUIREMENT' ? '要求' : ''}「${phrase}」——${reason}`);
  return `${heading}：${items.join('；')}`;
}
