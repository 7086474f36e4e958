import { DiscriminationCategory } from './discrimination-category';

/**
 * Phrases in a demand's duties text (simplified Chinese) that restrict who is hired on a refused
 * ground. This list is data: add a pattern here, with a posting that shows it in the spec.
 *
 * How the patterns avoid refusing ordinary care text. Care postings are full of ages, heights,
 * weights and family circumstances of the people cared for ("照顾80岁老人", "病人身高180需要两人
 * 搬运", "离异独居老人", "照顾孕妇"). A number or a status alone is therefore never a hit; a hit
 * needs the shape of a restriction on the applicant:
 *   - a bound or range (以下/以内/以上/左右/之间/18-35/不超过 …), a restricting verb before it
 *     (限/仅限/只招/要求/须 …), or an exclusion or preference after it (勿扰/免谈/不要/优先 …);
 *   - and it must not describe a person cared for. CARED_FOR_BEFORE refuses a match right after
 *     "老人/病人/宝宝/产妇 …" (joined only by words like 的/年龄/今年/在/为); CARED_FOR_AFTER refuses
 *     one followed by such a noun ("80岁以上(的)(失能)老人"). Weaker shapes — a bare status
 *     ("未婚", "汉族"), an approximate figure ("身高170左右", "80岁左右") or any height or weight —
 *     must also not follow a person cared for in the same sentence, unless a word about the
 *     applicant (阿姨/护工/应聘/要求 …) comes between: "老人70多岁，身高170左右" passes,
 *     "照顾老人，阿姨身高160以上" does not.
 * A lower age bound up to 18 (年满16/18周岁) is the legal working age and passes; anything above is
 * refused. Text is matched after full-width letters and digits are folded to ASCII (same length,
 * so positions stay those of the original).
 */
export interface DiscriminatoryPhrasePattern {
  category: DiscriminationCategory;
  /** Why the phrase is refused, shown to the employer after the phrase. */
  reason: string;
  /** Regular expression source; matched globally over the whole duties text. */
  pattern: string;
}

/** The people a posting describes without restricting the applicant: those cared for and the employer's family. */
const CARED_FOR =
  '老人|老年人|长者|老太太|老爷子|老太|老伯|爷爷|奶奶|姥姥|姥爷|外婆|外公|老两口|病人|患者|病患|伤员|宝宝|宝贝|婴儿|婴幼儿|幼儿|新生儿|孩子|小孩|儿童|学生|产妇|孕妇|宝妈|雇主|客户|家属|家人|本人|被护理人|被照护人|被照顾人|服务对象|护理对象|父亲|母亲|丈夫|妻子|太太|子女|儿子|女儿|儿媳|女婿|孙子|孙女';
/** Words that turn a sentence back to the applicant. */
const APPLICANT = '阿姨|护工|护理员|保姆|月嫂|育儿嫂|育婴师|保洁|家政员|服务员|陪护员|师傅|应聘|求职|人员|员工|要求|只要|只招|仅招|仅限|限招|招聘|诚聘';
const LINKING_WORDS = '的|年龄|年纪|今年|现年|已经|已|约|大约|在|为|是|均|都|多为|大多|均为|都是|[:：\\s]';
/** Not right after a person cared for ("老人年龄在80岁以上"). */
const CARED_FOR_BEFORE = `(?<!(?:${CARED_FOR})(?:${LINKING_WORDS}){0,6})`;
/**
 * Not after a person cared for in the same sentence, unless a word about the applicant comes
 * between. Looks back at most 60 characters: far enough for a sentence, and it bounds the work on
 * a 3000-character text to a few milliseconds.
 */
const CARED_FOR_IN_SENTENCE = `(?<!(?:${CARED_FOR})(?:(?!${APPLICANT})[^。；;！!？?\\n]){0,60})`;
const RECIPIENT_CONDITION = '高龄|年迈|年长|年轻|体弱|失能|半失能|失智|卧床|瘫痪|独居|空巢|孤寡|住院|术后|患病|生病|男性|女性|男|女';
/** Not followed by a person cared for ("80岁以上的失能老人", "12岁以下的两个孩子"). */
const CARED_FOR_AFTER = `(?!的?(?:[一二两三四五六七八九\\d]+(?:个|位|名))?(?:${RECIPIENT_CONDITION})*(?:${CARED_FOR}))`;

/** Not followed, in the same clause, by words that lift the condition ("已婚未婚均可", "本地户口或外地户口均可"). */
const NOT_WAIVED = '(?![^，。；;,\\n]{0,8}(?:不限|均可|也可|亦可|皆可|都可))';
const RESTRICT = '(?:限|仅限|只限|只招|只要|仅招|限招|要求|须|需|必须|最好)';
/** A restricting word right before the phrase, or else no person cared for earlier in the sentence. */
const RESTRICTED_OR_ABOUT_APPLICANT = `(?:${CARED_FOR_BEFORE}${RESTRICT}|${CARED_FOR_IN_SENTENCE})`;
// "不要" is left out after a noun: "孕期不要吃生冷" is advice, not exclusion; before one it excludes ("不要孕妇").
const EXCLUSIONS = '勿扰|免谈|莫扰|不招|不考虑|不予考虑|不予录用|除外|谢绝|请绕道';
const EXCLUDE_AFTER = `(?:${EXCLUSIONS})`;
const PREFER_OR_EXCLUDE_AFTER = `(?:优先|${EXCLUSIONS})`;
const EXCLUDE_BEFORE = '(?:不要|不招|不收|谢绝|拒绝|不考虑)';
const RANGE = '(?:-|－|—|–|~|～|至|到)';

/** An adult age in digits or Chinese numerals, not the tail of a longer number. */
const AGE = '(?<![\\d.])(?:\\d{2}|[一二三四五六七八九]?十[一二三四五六七八九]?)';
/** An age above 18: as a lower bound it is stricter than the legal working age. */
const AGE_ABOVE_ADULT = '(?<![\\d.])(?:19|[2-9]\\d|十九|[二三四五六七八九]十[一二三四五六七八九]?)';
const YEARS = '\\s*周?岁';
const AGE_LEAD = `(?:${RESTRICT}|年龄(?:要求|限制|限)?[:：\\s]*(?:在|为)?)`;
const UPPER = '\\s*(?:（含）|\\(含\\))?(?:以下|以内|之内|之下|及以下)';
const ABOUT = '\\s*(?:左右|上下)';

const HEIGHT = '(?<![\\d.])(?:1[.．]\\d{1,2}|1\\d{2}|一米[五六七八九][一二三四五六七八九]?)\\s*(?:cm|CM|厘米|公分|米|m|M)?';
const WEIGHT = '(?<![\\d.])\\d{2,3}\\s*(?:kg|KG|公斤|斤)?';
const BOUND = '\\s*(?:以上|及以上|以下|以内|左右|之间|上下)';

const PLACE_NAMES =
  '北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门|东北|西北|西南|华北|华东|华南|华中|南方|北方|江浙|两广|本地|外地|本省|外省|本市|外市|本县|当地|农村|城里|城镇|山区';
/** A province or region by name, or any two-character place with 省/市/县 ("温州市"). */
const PLACE = `(?:(?:${PLACE_NAMES})(?:省|市|县|地区)?|[\\u4e00-\\u9fa5]{2}(?:省|市|县))`;
const MARRIAGE = '(?:未婚|已婚)(?:已育|未育|有子女|有孩子|无子女)?';
const ZODIAC_ANIMAL = '属(?:鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪)';
const BLOOD = '(?:AB|A|B|O)型血';
const CARRIER = '(?:乙肝|乙型肝炎|大三阳|小三阳|肝炎|艾滋病?|HIV)';
const FAITH = '(?:信教|信仰宗教|有宗教信仰|宗教人士|教徒|穆斯林|基督徒|佛教徒|信徒)';
const PREGNANT = '(?:孕妇|孕期|怀孕|哺乳期|备孕)';
const BIRTH_PLAN = '(?:生育|生孩子|要孩子|怀孕|生二胎|生二孩|生三胎)';
const SEX_REASON = '不得以性别作为招聘条件；贴身护理确需同性护理员的，请使用结构化要求“与被护理人同性”并写明理由';

export const DISCRIMINATORY_PHRASES: readonly DiscriminatoryPhrasePattern[] = [
  // ── age ──
  { category: 'AGE', reason: '年龄限制超出法定劳动年龄要求', pattern: `${CARED_FOR_BEFORE}${AGE_LEAD}?${AGE}${YEARS}${UPPER}${CARED_FOR_AFTER}` },
  {
    category: 'AGE',
    reason: '年龄限制超出法定劳动年龄要求',
    pattern: `(?:${CARED_FOR_BEFORE}${AGE_LEAD}|${CARED_FOR_IN_SENTENCE})${AGE}${YEARS}${ABOUT}${CARED_FOR_AFTER}`,
  },
  {
    category: 'AGE',
    reason: '年龄限制超出法定劳动年龄要求',
    pattern: `${CARED_FOR_BEFORE}${AGE_LEAD}?${AGE}\\s*${RANGE}\\s*${AGE}${YEARS}(?:之间|以内)?${CARED_FOR_AFTER}`,
  },
  {
    category: 'AGE',
    reason: '年龄限制超出法定劳动年龄要求',
    pattern: `${CARED_FOR_BEFORE}年龄(?:要求|限制|限|在|为)?[:：\\s]*(?:在)?\\d{2}\\s*${RANGE}\\s*\\d{2}(?![\\d.]|\\s*(?:周?岁|天|个月|月|年|小时|元|人))`,
  },
  {
    category: 'AGE',
    reason: '最低年龄高于法定劳动年龄（年满16周岁即可就业）',
    pattern: `${CARED_FOR_BEFORE}(?:(?:年满|满)${AGE_ABOVE_ADULT}${YEARS}|${AGE_LEAD}?${AGE_ABOVE_ADULT}${YEARS}\\s*(?:及以上|以上|（含）以上))${CARED_FOR_AFTER}`,
  },
  {
    category: 'AGE',
    reason: '年龄限制超出法定劳动年龄要求',
    pattern: `${CARED_FOR_BEFORE}(?:年龄不(?:得|宜|能)?(?:超过|大于|高于)|不(?:得|宜|能)?(?:超过|大于|高于)\\s*${AGE}${YEARS}|(?:年龄)?不(?:低于|小于)\\s*${AGE_ABOVE_ADULT}${YEARS})`,
  },
  {
    category: 'AGE',
    reason: '不得以年龄段作为招聘条件',
    pattern: `(?:${RESTRICT}(?:[5-9]0|00)后|(?<!\\d)(?:[5-9]0|00)后(?:优先|为主))|(?:年轻|青年|中青年)(?:人|者|女性|男性|阿姨|的)?优先|(?:年龄偏大|年纪大|年龄大|超龄|大龄)(?:的|者|人员)?${EXCLUDE_AFTER}`,
  },
  // ── height and weight ──
  {
    category: 'HEIGHT_WEIGHT',
    reason: '不得以身高作为招聘条件',
    pattern: `${RESTRICTED_OR_ABOUT_APPLICANT}身高(?:要求|需|须|需要|必须|最好|在|达到)?[:：\\s]*(?:在)?${HEIGHT}(?:${BOUND}|\\s*${RANGE}\\s*${HEIGHT})${CARED_FOR_AFTER}`,
  },
  {
    category: 'HEIGHT_WEIGHT',
    reason: '不得以身高作为招聘条件',
    pattern: `${CARED_FOR_BEFORE}身高(?:要求|不低于|不少于|不得低于|不矮于|不高于|不超过|达到|需在|须在|需达|须达|限)`,
  },
  {
    category: 'HEIGHT_WEIGHT',
    reason: '不得以身高作为招聘条件',
    pattern: `${RESTRICTED_OR_ABOUT_APPLICANT}身高[:：\\s]*1[.．]\\d{1,2}\\s*(?:米|m|M)${CARED_FOR_AFTER}`,
  },
  { category: 'HEIGHT_WEIGHT', reason: '不得以身高作为招聘条件', pattern: `${CARED_FOR_BEFORE}(?:个子|个头)(?:高挑|不能太?矮|不要太?矮|要高|高(?:的|者)?优先)` },
  {
    category: 'HEIGHT_WEIGHT',
    reason: '不得以体重作为招聘条件',
    pattern: `${CARED_FOR_BEFORE}体重(?:要求|限制|限|需|须|不超过|不得超过|不高于|不低于|适中|标准|匀称)`,
  },
  {
    category: 'HEIGHT_WEIGHT',
    reason: '不得以体重作为招聘条件',
    pattern: `${RESTRICTED_OR_ABOUT_APPLICANT}体重[:：\\s]*(?:在)?${WEIGHT}(?:${BOUND}|\\s*${RANGE}\\s*${WEIGHT})${CARED_FOR_AFTER}`,
  },
  { category: 'HEIGHT_WEIGHT', reason: '不得以体重作为招聘条件', pattern: `${EXCLUDE_BEFORE}太?胖|(?:太胖|偏胖|肥胖|胖)(?:的|者|人)?${EXCLUDE_AFTER}` },
  // ── appearance ──
  {
    category: 'APPEARANCE',
    reason: '不得以相貌作为招聘条件',
    pattern: `${CARED_FOR_BEFORE}(?:(?:形象|外形|外貌|相貌|容貌|长相|五官)(?:气质)?(?:好|佳|端正|姣好|出众|良好|秀丽|甜美|清秀)|气质(?:佳|好|优雅|出众)|颜值)`,
  },
  {
    category: 'APPEARANCE',
    reason: '不得以相貌作为招聘条件',
    pattern: `${CARED_FOR_BEFORE}(?:(?:长得|人长得)(?:漂亮|好看|端正|顺眼|清秀|甜美|标致)|(?:漂亮|好看|貌美)的?(?:女性|女孩|姑娘|小姑娘|阿姨)|貌美|面容姣好|身材(?:好|苗条|匀称|高挑|姣好|佳))`,
  },
  // ── ethnicity ──
  { category: 'ETHNICITY', reason: '不得以民族作为招聘条件', pattern: `${RESTRICTED_OR_ABOUT_APPLICANT}汉族(?:人员|人士)?(?:优先)?${CARED_FOR_AFTER}` },
  { category: 'ETHNICITY', reason: '不得以民族作为招聘条件', pattern: '民族(?:要求|限制|限|须|需|必须)' },
  {
    category: 'ETHNICITY',
    reason: '不得以民族作为招聘条件',
    pattern: `(?:少数民族|[\\u4e00-\\u9fa5]{1,3}族)(?:人员|同胞|人士|的)?${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}(?:少数民族|[\\u4e00-\\u9fa5]{1,3}族)`,
  },
  // ── origin: hukou, native place, region ──
  {
    category: 'ORIGIN',
    reason: '不得以户籍作为招聘条件',
    pattern: `${RESTRICT}?(?:是|为|有)?(?:城市|非农业?|农业|${PLACE})(?:常住)?(?:户口|户籍)${NOT_WAIVED}`,
  },
  { category: 'ORIGIN', reason: '不得以户籍或籍贯作为招聘条件', pattern: `${CARED_FOR_BEFORE}(?:户口|户籍|籍贯|生源地|出生地)(?:要求|限制|限|需|须|必须|为|在|是)` },
  { category: 'ORIGIN', reason: '不得以籍贯作为招聘条件', pattern: '(?:仅限|只限|限|只招|只要|仅招)[\\u4e00-\\u9fa5]{1,4}籍(?!贯)' },
  {
    category: 'ORIGIN',
    reason: '不得以地域或籍贯排斥或偏好求职者',
    pattern: `${PLACE}(?:籍|人|的)(?:人员|人士|阿姨|女性|男性|护工|保姆)?${PREFER_OR_EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${PLACE}(?:籍|人|的)|(?:只要|只招|仅招|仅限|限招)${PLACE}(?:籍|人)|(?:老乡|同乡)优先`,
  },
  // ── marital status ──
  {
    category: 'MARITAL_STATUS',
    reason: '不得以婚姻状况作为招聘条件',
    pattern: `${CARED_FOR_BEFORE}${MARRIAGE}(?:者|人士|女性|男性|阿姨|人员)?${PREFER_OR_EXCLUDE_AFTER}|${RESTRICTED_OR_ABOUT_APPLICANT}是?${MARRIAGE}(?:者|人士|女性|男性|阿姨|人员)?${CARED_FOR_AFTER}${NOT_WAIVED}`,
  },
  {
    category: 'MARITAL_STATUS',
    reason: '不得以婚姻状况作为招聘条件',
    pattern: `(?:${RESTRICT}是?|${EXCLUDE_BEFORE})(?:离异|离婚|单身|丧偶|二婚)${CARED_FOR_AFTER}|(?:离异|离婚|单身|丧偶|二婚)(?:的|者|人士|女性|男性|阿姨|人员)?${PREFER_OR_EXCLUDE_AFTER}`,
  },
  { category: 'MARITAL_STATUS', reason: '不得以婚姻或婚育状况作为招聘条件', pattern: '婚(?:姻|育)(?:状况|情况)?(?:要求|限制|限|须|需|必须)' },
  // ── pregnancy and childbearing ──
  {
    category: 'PREGNANCY',
    reason: '不得以生育计划作为招聘条件',
    pattern: `(?:(?:无|没有|暂无|近期无|近[一两三1-3]?年内?无|[一两三1-3]年内(?:无|不))${BIRTH_PLAN}(?:计划|打算|要求)?|${BIRTH_PLAN}(?:计划|打算))`,
  },
  { category: 'PREGNANCY', reason: '不得以是否怀孕作为招聘条件', pattern: `${RESTRICTED_OR_ABOUT_APPLICANT}未孕|(?:非|不在)(?:孕期|哺乳期)|(?:不能|不得|不可|不准)(?:怀孕|生育|生孩子)` },
  { category: 'PREGNANCY', reason: '不得以是否怀孕或哺乳作为招聘条件', pattern: `${EXCLUDE_BEFORE}${PREGNANT}|${PREGNANT}(?:中|期间)?(?:的|者|女性|人员)?${EXCLUDE_AFTER}` },
  { category: 'PREGNANCY', reason: '不得以生育状况作为招聘条件', pattern: `(?:已育|已生育|未育)(?:者|女性|人员)?优先|${RESTRICT}(?:已育|已生育|生育过|未育)` },
  // ── zodiac, blood type, star sign ──
  { category: 'ZODIAC_BLOOD_TYPE', reason: '不得以属相或星座作为招聘条件', pattern: `${CARED_FOR_IN_SENTENCE}(?:属相|生肖|星座)(?!不限|均可)` },
  {
    category: 'ZODIAC_BLOOD_TYPE',
    reason: '不得以属相作为招聘条件',
    pattern: `${ZODIAC_ANIMAL}(?:的|者)?${PREFER_OR_EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${ZODIAC_ANIMAL}`,
  },
  {
    category: 'ZODIAC_BLOOD_TYPE',
    reason: '不得以血型作为招聘条件',
    pattern: `${CARED_FOR_BEFORE}血型(?:要求|限制|限|须|需|必须)|${RESTRICT}${BLOOD}|${BLOOD}(?:的|者)?${PREFER_OR_EXCLUDE_AFTER}`,
  },
  // ── religion ──
  { category: 'RELIGION', reason: '不得以宗教信仰作为招聘条件', pattern: `(?:宗教)?信仰(?:要求|限制|限)|${CARED_FOR_BEFORE}(?:无|没有|不)(?:宗教信仰|信教|信仰宗教)` },
  { category: 'RELIGION', reason: '不得以宗教信仰作为招聘条件', pattern: `${FAITH}(?:的|者|人员|人士)?${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${FAITH}` },
  // ── sex ──
  {
    category: 'SEX',
    reason: SEX_REASON,
    pattern: `(?:限|仅限|只限|只招|只要|仅招|限招|只收|只聘)(?:女|男)(?!(?:性|士|生)?(?:${CARED_FOR}|[主孩童宝婴儿方友朋]))(?:性|士|生|工|的|同志)?|${EXCLUDE_BEFORE}(?:女|男)(?:性|士|生|的|同志)`,
  },
  {
    category: 'SEX',
    reason: SEX_REASON,
    pattern: `(?<![子孙侄甥儿妇闺少美])(?:女|男)(?:性|士|生|同志)?(?:${APPLICANT})?${PREFER_OR_EXCLUDE_AFTER}`,
  },
  { category: 'SEX', reason: SEX_REASON, pattern: `${CARED_FOR_BEFORE}性别(?:要求|限制)?[:：\\s]*(?:限|仅限)?(?:女|男)性?(?![女男]|\\s*(?:不限|均可|皆可))` },
  // ── carriers of infectious disease ──
  {
    category: 'DISEASE_CARRIER',
    reason: '不得以乙肝等传染病病原携带为由拒绝录用',
    pattern: `${CARRIER}(?:病毒)?(?:携带者?|患者|阳性|病人)?(?:的|者|人员)?${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${CARRIER}|${CARED_FOR_BEFORE}(?:无|没有|非)(?:乙肝|乙型肝炎|大三阳|小三阳)(?:病毒)?(?:携带)?`,
  },
];
