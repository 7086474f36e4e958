import { DiscriminationCategory } from './discrimination-category';
import { scanDiscriminatoryPhrases } from './equal-employment.rules';

const categoriesOf = (text: string) => [...new Set(scanDiscriminatoryPhrases(text).map((hit) => hit.category))].sort();
const phrasesOf = (text: string) => scanDiscriminatoryPhrases(text).map((hit) => hit.phrase);

/** Real-looking postings that must be refused: the text, the phrases found, and their categories. */
const REFUSED: Array<[string, string[], DiscriminationCategory[]]> = [
  [
    '北京朝阳区招聘住家养老护理员，照顾一位85岁半失能老人，负责喂饭、翻身、擦洗。要求45周岁以内，限本地户口，有护理经验者优先。',
    ['要求45周岁以内', '限本地户口'],
    ['AGE', 'ORIGIN'],
  ],
  ['上海徐汇招金牌月嫂，负责产妇月子餐、新生儿护理、产后恢复指导。年龄35-50岁，形象好，普通话标准，持健康证。', ['年龄35-50岁', '形象好'], ['AGE', 'APPEARANCE']],
  [
    '招聘育儿嫂，照顾1岁半宝宝，负责辅食制作、早教启蒙。要求已婚已育，近三年无生育计划，身高160以上。',
    ['要求已婚已育', '近三年无生育计划', '身高160以上'],
    ['HEIGHT_WEIGHT', 'MARITAL_STATUS', 'PREGNANCY'],
  ],
  ['写字楼保洁员若干名，负责公共区域及卫生间清洁。年龄18-45，河南人勿扰，五官端正。', ['年龄18-45', '河南人勿扰', '五官端正'], ['AGE', 'APPEARANCE', 'ORIGIN']],
  [
    '三甲医院病患陪护，24小时陪护术后病人，协助翻身、如厕。限男性，40岁以下，体重不超过80公斤。',
    ['限男性', '40岁以下', '体重不超过'],
    ['AGE', 'HEIGHT_WEIGHT', 'SEX'],
  ],
  ['家政公司招聘住家保姆：做饭、打扫、接送孩子上下学。汉族，未婚勿扰，能吃苦耐劳。', ['汉族', '未婚勿扰'], ['ETHNICITY', 'MARITAL_STATUS']],
  ['诚聘育婴师，照顾双胞胎宝宝，宝宝出生3个月。应聘者须未孕，不招孕妇及哺乳期女性。', ['须未孕', '不招孕妇'], ['PREGNANCY']],
  ['医院护工，照顾中风卧床老人，负责鼻饲、吸痰、翻身。乙肝携带者勿扰，O型血优先。', ['乙肝携带者勿扰', 'O型血优先'], ['DISEASE_CARRIER', 'ZODIAC_BLOOD_TYPE']],
  ['招聘住家保姆，照顾两位老人饮食起居。只招山东籍，属虎的勿扰。', ['只招山东籍', '属虎的勿扰'], ['ORIGIN', 'ZODIAC_BLOOD_TYPE']],
  [
    '养老院护理员若干，照顾失能失智老人，三班倒，包吃住。女性优先，年龄不超过50岁，少数民族勿扰。',
    ['女性优先', '年龄不超过', '少数民族勿扰'],
    ['AGE', 'ETHNICITY', 'SEX'],
  ],
  ['招钟点工保洁，每周三次，每次3小时。需形象气质佳，身材匀称，身高1.6米。', ['形象气质佳', '身材匀称', '身高1.6米'], ['APPEARANCE', 'HEIGHT_WEIGHT']],
  ['月嫂：负责产妇护理和新生儿洗澡抚触，26天一单。已婚已育，有宗教信仰者勿扰。', ['已婚已育', '有宗教信仰者勿扰'], ['MARITAL_STATUS', 'RELIGION']],
  ['育儿嫂：照看2岁男孩，陪玩、做饭、洗衣。要求90后，颜值高，无乙肝。', ['要求90后', '颜值', '无乙肝'], ['AGE', 'APPEARANCE', 'DISEASE_CARRIER']],
  ['病患陪护：夜间陪护骨折病人。性别：男，年龄25-45周岁，籍贯要求：山西。', ['性别：男', '年龄25-45周岁', '籍贯要求'], ['AGE', 'ORIGIN', 'SEX']],
  ['保洁主管：负责酒店客房保洁，带班管理10人。离异者勿扰，血型要求A型。', ['离异者勿扰', '血型要求'], ['MARITAL_STATUS', 'ZODIAC_BLOOD_TYPE']],
  ['招聘住家阿姨，照顾90岁老人。要求年满30周岁，农村户口优先，不要东北人。', ['年满30周岁', '农村户口', '不要东北人'], ['AGE', 'ORIGIN']],
  ['养老护理员：协助老人进行康复训练和日常照料。合同期内不得怀孕，婚育情况须符合公司要求。', ['不得怀孕', '婚育情况须'], ['MARITAL_STATUS', 'PREGNANCY']],
  ['月嫂，照顾双胞胎，需长得漂亮，个子高挑，不要太胖。', ['长得漂亮', '个子高挑', '不要太胖'], ['APPEARANCE', 'HEIGHT_WEIGHT']],
  ['住家保姆：做饭、保洁、照看小狗。民族要求：汉族，信仰要求：无。', ['民族要求', '汉族', '信仰要求'], ['ETHNICITY', 'RELIGION']],
  ['陪护员：照顾术后患者，只要女的，35岁左右。', ['只要女的', '35岁左右'], ['AGE', 'SEX']],
  ['招聘保洁员，年龄３５岁以下，身高１６０ｃｍ以上。', ['年龄３５岁以下', '身高１６０ｃｍ以上'], ['AGE', 'HEIGHT_WEIGHT']],
  ['护工：照顾偏瘫老人，协助康复锻炼。限四十岁以下，70后优先。', ['限四十岁以下', '70后优先'], ['AGE']],
  ['家政服务员：限本省籍人员，穆斯林谢绝。', ['限本省籍', '穆斯林谢绝'], ['ORIGIN', 'RELIGION']],
  ['招聘养老护理员，年龄要求：45岁以内，体重50公斤以下。', ['年龄要求：45岁以内', '体重50公斤以下'], ['AGE', 'HEIGHT_WEIGHT']],
  ['照顾80岁老人，饮食起居全包。阿姨45岁以下，已婚。', ['45岁以下', '已婚'], ['AGE', 'MARITAL_STATUS']],
  ['育儿嫂，带6个月宝宝，住家。温州市人优先，属相要合。', ['温州市人优先', '属相'], ['ORIGIN', 'ZODIAC_BLOOD_TYPE']],
];

/** Real-looking postings that must pass: ages, heights, weights and family facts of the people cared for. */
const ACCEPTED: string[] = [
  '照顾80岁老人，负责一日三餐、陪同散步、按时服药。需持健康证，有养老护理员证书优先。',
  '老人85岁，需要协助翻身、擦浴、喂饭，夜间起夜2-3次。住家，月休4天。',
  '宝宝出生3个月，负责喂奶、洗澡、抚触、辅食添加，做好宝宝生长记录（身高、体重）。',
  '产妇35岁，剖宫产，需要月子餐、伤口护理、催乳和新生儿护理。',
  '照顾孕妇，孕期护理，负责孕期营养餐和产检陪同；孕期不要吃生冷食物要提醒雇主。',
  '病人身高180需要两人搬运，体重85公斤，术后卧床，需协助翻身和康复训练。',
  '雇主家住本地，说普通话，会做北方面食，能接受住家。',
  '需要照顾离异独居老人，老人72岁，患高血压、糖尿病，需按时测血糖。',
  '照顾80岁以上高龄老人两位，年龄不限，性别不限，户籍不限，婚否不限。',
  '负责3岁以下婴幼儿的日常照护，保持居室整洁，会做辅食。',
  '医院病患陪护：护理对象为60-75岁术后患者，协助进食、如厕、擦身，夜间陪护。',
  '家居保洁：每周两次，每次4小时，擦窗、拖地、整理衣柜。工作时间9:00-13:00，月薪5000-6000元。',
  '照顾一位老人（男，82岁，身高175cm，体重70kg），脑梗后遗症，左侧偏瘫。',
  '月嫂：有带双胞胎经验，持母婴护理证书和健康证，会做月子餐，服务26天。',
  '老人是回族，饮食需清真，请尊重老人的宗教信仰和生活习惯。',
  '育儿嫂：照看12岁以下的两个孩子放学后的作业和晚饭，已婚未婚均可。',
  '老人90岁高龄，身高1.5米，行动不便，需轮椅推行。',
  '照顾卧床老人，老人体重约60公斤，需每两小时翻身一次，预防褥疮。',
  '保洁阿姨：负责三室两厅日常清洁，会使用洗碗机、扫地机器人，做事细心。男女不限。',
  '照顾80岁奶奶，奶奶属虎，爱听评书，需要陪聊。',
  '月嫂需指导产妇产后体重管理和形体恢复，帮助宝宝建立规律作息。',
  '照顾产妇和新生儿，产妇身高158，新生儿体重3.2公斤。',
  '招聘养老护理员，年满18周岁，身体健康，持健康证，服务北京海淀区。',
  '老人身材高大（身高182），需两人协助转移，护工需会使用移位机。',
  '照顾70岁左右的老两口，做饭打扫；老人年龄在75岁以上，身体尚可。',
  '家住本地小区，交通便利，地铁5号线。老人为山东人，喜欢吃面食。',
  '老人一生未婚，无子女，由侄子委托照护，需陪同就医。',
  '照顾二胎宝宝和大宝，大宝6岁，负责接送上学。',
  '男性患者，高位截瘫，需协助导尿、翻身和康复训练，护工须有相关经验。',
  '工作地点：山西省太原市小店区，本地户口或外地户口均可，包吃住。',
];

describe('scanDiscriminatoryPhrases over real-looking postings', () => {
  it.each(REFUSED)('refuses: %s', (text, phrases, categories) => {
    expect(phrasesOf(text)).toEqual(phrases);
    expect(categoriesOf(text)).toEqual(categories);
  });

  it.each(ACCEPTED.map((text) => [text]))('accepts: %s', (text) => {
    expect(scanDiscriminatoryPhrases(text)).toEqual([]);
  });
});

describe('scanDiscriminatoryPhrases, phrase by phrase', () => {
  it.each([
    ['限本地户口', 'ORIGIN'],
    ['本地户籍', 'ORIGIN'],
    ['仅限四川籍', 'ORIGIN'],
    ['东北人优先', 'ORIGIN'],
    ['不要河南人', 'ORIGIN'],
    ['未婚', 'MARITAL_STATUS'],
    ['已婚已育', 'MARITAL_STATUS'],
    ['离异', null],
    ['未孕', 'PREGNANCY'],
    ['无生育计划', 'PREGNANCY'],
    ['不招孕妇', 'PREGNANCY'],
    ['身高160以上', 'HEIGHT_WEIGHT'],
    ['身高1.6米', 'HEIGHT_WEIGHT'],
    ['身高155-170cm', 'HEIGHT_WEIGHT'],
    ['35岁以下', 'AGE'],
    ['45周岁以内', 'AGE'],
    ['年龄18-35', 'AGE'],
    ['限40岁以下', 'AGE'],
    ['18至35周岁', 'AGE'],
    ['30岁以上', 'AGE'],
    ['年满16周岁', null],
    ['18岁以上', null],
    ['形象好', 'APPEARANCE'],
    ['五官端正', 'APPEARANCE'],
    ['气质佳', 'APPEARANCE'],
    ['颜值', 'APPEARANCE'],
    ['汉族', 'ETHNICITY'],
    ['限汉族', 'ETHNICITY'],
    ['少数民族勿扰', 'ETHNICITY'],
    ['属相', 'ZODIAC_BLOOD_TYPE'],
    ['属相不限', null],
    ['血型要求', 'ZODIAC_BLOOD_TYPE'],
    ['性别：女', 'SEX'],
    ['性别：男女不限', null],
  ] as Array<[string, DiscriminationCategory | null]>)('%s → %s', (phrase, category) => {
    expect(categoriesOf(phrase)).toEqual(category ? [category] : []);
  });
});

describe('scanDiscriminatoryPhrases, positions', () => {
  it('reports each phrase with its offset in the original text, full-width characters included', () => {
    const text = '照顾老人。年龄３５岁以下，形象好';
    expect(scanDiscriminatoryPhrases(text)).toEqual([
      { phrase: '年龄３５岁以下', index: 5, category: 'AGE', reason: '年龄限制超出法定劳动年龄要求' },
      { phrase: '形象好', index: 13, category: 'APPEARANCE', reason: '不得以相貌作为招聘条件' },
    ]);
    for (const hit of scanDiscriminatoryPhrases(text)) expect(text.slice(hit.index, hit.index + hit.phrase.length)).toBe(hit.phrase);
  });

  it('reports a phrase matched by two patterns once, as the longer one', () => {
    expect(phrasesOf('限本省籍人员')).toEqual(['限本省籍']);
    expect(phrasesOf('近期无生育计划')).toEqual(['近期无生育计划']);
  });

  it('reports every occurrence of a repeated phrase', () => {
    expect(scanDiscriminatoryPhrases('形象好。再说一遍：形象好').map((hit) => hit.index)).toEqual([0, 9]);
  });
});
