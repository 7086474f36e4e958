/**
 * The fixed lists the employment side of the demo data is drawn from (see shared DOMAIN.md: 330
 * partner agencies in 29 cities of 13 provinces, household employers, job fairs, 8 caregivers in
 * Japan, about 4,000 CNY a month now and less in earlier years).
 */
import type { Major, PlacementEndReason } from '@carebridge/db';
import type { LocalDate } from '@carebridge/rules';

/** Fixes the employment side's pseudo-random choices, apart from the training side's. */
export const EMPLOYMENT_SEED = 20_261_128;

export interface AgencyCitySeed {
  /** GB/T 2260 code of a prefecture-level city in the `cities` reference table. */
  code: string;
  /** Partner agencies registered there. */
  agencies: number;
  /** Landline area code, and how many digits its local numbers have. */
  areaCode: string;
  localDigits: 7 | 8;
  districts: readonly string[];
  /** Wage level against the programme's average: higher in the largest cities. */
  wageFactor: number;
}

/** 29 cities of 13 provinces; the agencies add up to 330, most where most caregivers go. */
export const AGENCY_CITIES: readonly AgencyCitySeed[] = [
  { code: '110100', agencies: 70, areaCode: '010', localDigits: 8, districts: ['朝阳区', '海淀区', '丰台区', '西城区', '东城区', '通州区', '昌平区'], wageFactor: 1.12 },
  { code: '120100', agencies: 20, areaCode: '022', localDigits: 8, districts: ['和平区', '河西区', '南开区', '河北区', '滨海新区'], wageFactor: 1.0 },
  { code: '130100', agencies: 10, areaCode: '0311', localDigits: 8, districts: ['长安区', '桥西区', '新华区', '裕华区'], wageFactor: 0.92 },
  { code: '130200', agencies: 4, areaCode: '0315', localDigits: 8, districts: ['路北区', '路南区'], wageFactor: 0.9 },
  { code: '130600', agencies: 5, areaCode: '0312', localDigits: 8, districts: ['竞秀区', '莲池区'], wageFactor: 0.9 },
  { code: '131000', agencies: 5, areaCode: '0316', localDigits: 8, districts: ['广阳区', '安次区'], wageFactor: 0.95 },
  { code: '140100', agencies: 26, areaCode: '0351', localDigits: 7, districts: ['小店区', '迎泽区', '杏花岭区', '万柏林区'], wageFactor: 0.9 },
  { code: '141100', agencies: 8, areaCode: '0358', localDigits: 7, districts: ['离石区', '孝义市', '汾阳市'], wageFactor: 0.82 },
  { code: '140700', agencies: 5, areaCode: '0354', localDigits: 7, districts: ['榆次区', '太谷区'], wageFactor: 0.84 },
  { code: '140200', agencies: 4, areaCode: '0352', localDigits: 7, districts: ['平城区', '云冈区'], wageFactor: 0.84 },
  { code: '150100', agencies: 5, areaCode: '0471', localDigits: 7, districts: ['新城区', '赛罕区', '回民区'], wageFactor: 0.9 },
  { code: '150600', agencies: 4, areaCode: '0477', localDigits: 7, districts: ['东胜区', '康巴什区'], wageFactor: 0.95 },
  { code: '310100', agencies: 23, areaCode: '021', localDigits: 8, districts: ['浦东新区', '徐汇区', '闵行区', '静安区', '长宁区', '普陀区'], wageFactor: 1.15 },
  { code: '320100', agencies: 9, areaCode: '025', localDigits: 8, districts: ['鼓楼区', '玄武区', '建邺区', '江宁区'], wageFactor: 1.02 },
  { code: '320500', agencies: 9, areaCode: '0512', localDigits: 8, districts: ['姑苏区', '虎丘区', '吴中区'], wageFactor: 1.05 },
  { code: '320200', agencies: 5, areaCode: '0510', localDigits: 8, districts: ['梁溪区', '滨湖区'], wageFactor: 1.0 },
  { code: '330100', agencies: 11, areaCode: '0571', localDigits: 8, districts: ['西湖区', '拱墅区', '上城区', '滨江区'], wageFactor: 1.08 },
  { code: '330200', agencies: 5, areaCode: '0574', localDigits: 8, districts: ['海曙区', '鄞州区'], wageFactor: 1.02 },
  { code: '370100', agencies: 14, areaCode: '0531', localDigits: 8, districts: ['历下区', '市中区', '槐荫区', '历城区'], wageFactor: 0.95 },
  { code: '370200', agencies: 20, areaCode: '0532', localDigits: 8, districts: ['市南区', '市北区', '崂山区', '黄岛区', '李沧区'], wageFactor: 1.0 },
  { code: '370600', agencies: 5, areaCode: '0535', localDigits: 8, districts: ['芝罘区', '莱山区'], wageFactor: 0.92 },
  { code: '410100', agencies: 10, areaCode: '0371', localDigits: 8, districts: ['金水区', '二七区', '中原区'], wageFactor: 0.9 },
  { code: '410300', agencies: 4, areaCode: '0379', localDigits: 8, districts: ['涧西区', '西工区', '洛龙区'], wageFactor: 0.86 },
  { code: '440100', agencies: 10, areaCode: '020', localDigits: 8, districts: ['天河区', '越秀区', '海珠区', '白云区'], wageFactor: 1.1 },
  { code: '440300', agencies: 12, areaCode: '0755', localDigits: 8, districts: ['福田区', '南山区', '罗湖区', '宝安区', '龙岗区'], wageFactor: 1.15 },
  { code: '441900', agencies: 4, areaCode: '0769', localDigits: 8, districts: ['南城街道', '东城街道'], wageFactor: 1.0 },
  { code: '610100', agencies: 12, areaCode: '029', localDigits: 8, districts: ['雁塔区', '碑林区', '未央区', '莲湖区'], wageFactor: 0.92 },
  { code: '210200', agencies: 6, areaCode: '0411', localDigits: 8, districts: ['中山区', '沙河口区', '甘井子区'], wageFactor: 0.95 },
  { code: '210100', agencies: 5, areaCode: '024', localDigits: 8, districts: ['和平区', '沈河区', '皇姑区'], wageFactor: 0.92 },
];

/**
 * The first agencies, by name, in this order (their staff accounts are agency01 …): the Beijing
 * company the designated schools partner with, the Qingdao company that sends caregivers to
 * Japan, and a Taiyuan company. The rest are generated.
 */
export const NAMED_AGENCIES: ReadonlyArray<{ name: string; cityCode: string }> = [
  { name: '北京吕梁山护工家政服务有限公司', cityCode: '110100' },
  { name: '青岛海晟国际经济技术合作有限公司', cityCode: '370200' },
  { name: '太原晋善家政服务有限公司', cityCode: '140100' },
];

/** Index into NAMED_AGENCIES of the agency that employs the caregivers working in Japan. */
export const ABROAD_AGENCY = 1;

export const AGENCY_BRANDS: readonly string[] = [
  '康馨', '安康', '惠民', '巾帼', '好帮手', '爱心', '福佑', '颐和', '家和', '优家', '贴心', '阳光', '金牌', '天使', '百福', '乐康',
  '红叶', '吉祥', '幸福里', '嘉禾', '仁和', '怡康', '瑞康', '德馨', '慧心', '暖阳', '馨悦', '万家', '邻里', '春晖', '善水', '安心',
  '同心', '益家', '华康', '康乐', '佳美', '月亮湾', '小棉袄', '宜居', '晋缘', '福满堂', '合家欢', '吕梁山', '汾河', '三晋',
];

export const AGENCY_KINDS: readonly string[] = [
  '家政服务有限公司', '护理服务有限公司', '养老服务有限公司', '母婴护理服务有限公司', '家庭服务有限公司', '健康管理有限公司', '人力资源有限公司',
];

export const STREETS: readonly string[] = ['建设路', '人民路', '解放路', '中山路', '和平路', '文化路', '友谊路', '胜利街', '新华街', '光明路', '长安街', '滨河路'];
export const ESTATES: readonly string[] = ['望京花园', '万科城', '阳光小区', '幸福里', '金色家园', '翠园', '锦绣华庭', '学府小区', '和平里', '东湖湾'];

/** Agencies whose cooperation is suspended (of those generated), and those whose agreement ran out. */
export const SUSPENDED_AGENCIES = 12;
export const EXPIRED_AGREEMENTS = 15;

export const AGREEMENT_TERMS =
  '甲方（吕梁山护工服务中心）向乙方推荐经培训合格、持有职业技能等级证书的护工；乙方按约定工资标准足额按月支付工资，' +
  '不得扣押护工身份证件，不得向护工收取押金或介绍费，配合服务站开展回访和维权工作。';

/** Household employers (家庭用工) by the cities they live in. */
export const HOUSEHOLD_CITIES: ReadonlyArray<readonly [string, number]> = [
  ['110100', 12], ['120100', 4], ['140100', 6], ['310100', 4], ['370200', 4], ['370100', 2], ['610100', 2], ['130100', 2], ['410100', 2], ['330100', 2],
];

export const CARE_NEEDS: readonly string[] = [
  '照顾一位卧床老人，需协助翻身、喂饭、擦洗',
  '老人患阿尔茨海默病，需要全天陪伴和看护',
  '产妇坐月子，照顾产妇和新生儿',
  '照看一岁半的宝宝，做辅食、陪玩',
  '老两口生活基本自理，需要做饭、打扫和陪同就医',
  '术后居家康复，需协助康复训练和日常照料',
  '家庭日常保洁和做饭，每天下午接孩子放学',
];

/** Caregivers working in Japan (DOMAIN.md: 8 of them), and the cities they work in. */
export const ABROAD_PLACEMENTS = 8;
export const ABROAD_COUNTRY = 'JP';
export const ABROAD_CITIES: readonly string[] = ['东京', '大阪', '横滨', '名古屋', '福冈'];
export const ABROAD_WAGE_YUAN: readonly [number, number] = [12_000, 16_000];

/**
 * Monthly wage ranges (yuan) posted in 2026, by major, before the city's factor: about 4,000-6,000
 * for most work, more for maternity nurses (the best over 10,000). Other years scale by WAGE_YEAR_FACTOR.
 */
export const DEMAND_WAGE_YUAN: Record<Major, { min: readonly [number, number]; spread: readonly [number, number] }> = {
  ELDERCARE: { min: [3_800, 4_600], spread: [600, 1_600] },
  PATIENT_CARE: { min: [4_000, 4_800], spread: [600, 1_400] },
  MATERNITY_NANNY: { min: [5_500, 7_500], spread: [1_000, 3_000] },
  HOUSEKEEPING: { min: [3_300, 4_000], spread: [500, 1_200] },
};
export const WAGE_YEAR_FACTOR: Record<number, number> = { 2024: 0.86, 2025: 0.93, 2026: 1 };
export const HOUSEHOLD_WAGE_YUAN: readonly [number, number] = [4_000, 6_500];

/** How many staff a new demand asks for. */
export const HEADCOUNT_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [1, 35], [2, 25], [3, 18], [4, 10], [5, 7], [6, 3], [8, 2],
];

/** Share of demands that are live-in (住家), by major. */
export const LIVE_IN_SHARE: Record<Major, number> = { ELDERCARE: 0.6, PATIENT_CARE: 0.3, MATERNITY_NANNY: 0.8, HOUSEKEEPING: 0.15 };

/** What the work is; every combination passes the equal-employment scanner (the plan checks each). */
export const DUTIES: Record<Major, readonly string[]> = {
  ELDERCARE: [
    '照顾一位半失能老人，负责喂饭、翻身、擦洗和按时服药，陪同老人散步、聊天。',
    '居家养老护理：照料老人一日三餐和个人卫生，陪同就医，记录血压和血糖。',
    '养老机构护理员：负责失能、失智老人的日常照护，参与轮班，协助康复师开展训练。',
    '照顾老两口的日常起居，做饭、打扫、陪同外出，老人生活基本自理。',
    '照顾中风后卧床的老人，定时翻身拍背、预防褥疮，协助进行肢体康复锻炼。',
  ],
  PATIENT_CARE: [
    '医院病患陪护：陪护术后病人，协助进食、如厕、翻身和擦身，观察病情变化并及时告知医护人员。',
    '照顾脑梗后遗症患者，协助康复训练和肢体按摩，做好饮食和用药记录。',
    '居家陪护卧床病人，负责鼻饲、翻身、口腔护理和生活照料。',
    '肿瘤科住院病人陪护，协助检查转运、餐食准备和夜间照看。',
  ],
  MATERNITY_NANNY: [
    '月嫂：负责产妇月子餐、产后恢复护理和新生儿喂养、洗澡、抚触，服务26天。',
    '育儿嫂：照看宝宝的日常起居，负责辅食制作、洗澡、早教陪玩，保持宝宝用品清洁。',
    '住家育婴师：照顾新生儿和产妇，指导母乳喂养，记录宝宝作息和生长情况。',
    '双胞胎家庭月嫂：负责两个新生儿的喂养、护理和产妇月子餐，有带双胞胎经验更好。',
  ],
  HOUSEKEEPING: [
    '家居保洁：负责三室两厅日常清洁、衣物洗熨和收纳整理。',
    '钟点保洁：每周三次，每次4小时，擦窗、拖地、整理厨房和卫生间。',
    '写字楼保洁：负责公共区域及卫生间清洁，按时完成巡查记录。',
    '家务助理：做一日三餐、打扫卫生、接送孩子上下学。',
  ],
};
export const LIVE_IN_CLAUSES: readonly string[] = ['住家，提供单独房间，月休4天。', '住家，包吃住，每月休息2至4天。'];
export const DAY_CLAUSES: readonly string[] = ['不住家，每天工作8小时，周末轮休。', '白班，每天8:00-17:00，提供午餐。'];
export const EXTRA_CLAUSES: readonly string[] = ['持健康证上岗。', '经过平台统一培训、持证上岗，男女不限。', '缴纳意外保险，工资按月足额发放。', ''];

export const CLOSE_REASONS: readonly string[] = ['已通过其他渠道招满', '雇主家庭情况变化，暂不用工', '老人已入住养老机构', '项目调整，岗位取消'];

/** Why placements end, weighted; OTHER always carries a note (the API requires one). */
export const END_REASON_WEIGHTS: ReadonlyArray<readonly [PlacementEndReason, number]> = [
  ['CONTRACT_COMPLETED', 35], ['CAREGIVER_LEFT', 20], ['MUTUAL_AGREEMENT', 20], ['EMPLOYER_REPLACEMENT', 12], ['DISMISSED', 5], ['OTHER', 8],
];
export const END_NOTES: Record<PlacementEndReason, readonly (string | null)[]> = {
  CONTRACT_COMPLETED: [null, '服务期满，雇主满意'],
  CAREGIVER_LEFT: ['家中老人生病，回乡照顾', '孩子开学需要照顾', null],
  MUTUAL_AGREEMENT: ['雇主搬家到外地，双方协商解除', null],
  EMPLOYER_REPLACEMENT: ['雇主希望换一位会做南方菜的护工', null],
  DISMISSED: ['多次未按约定时间到岗，雇主解除'],
  OTHER: ['被照护的老人去世，服务终止', '雇主家庭出国，暂停用工'],
};

/** Placement outcomes. */
export const EMPLOYMENT_RATES = {
  /** Of the available trainees: placed at least once. */
  placed: 0.56,
  /** Of those whose placement ended: placed again later. */
  placedAgain: 0.45,
  /** Of placements: hired by a household directly. */
  household: 0.04,
  /** Of placements at a fair's agency within 20 days after it: made at that fair. */
  atFair: 0.5,
} as const;

/** Share of placements that have ended by AS_OF, and how long they lasted (days), by major. */
export const ENDED_SHARE: Record<Major, number> = { ELDERCARE: 0.15, PATIENT_CARE: 0.2, MATERNITY_NANNY: 0.35, HOUSEKEEPING: 0.15 };
export const DURATION_DAYS: Record<Major, readonly [number, number]> = {
  ELDERCARE: [60, 420],
  PATIENT_CARE: [30, 240],
  MATERNITY_NANNY: [26, 150],
  HOUSEKEEPING: [60, 360],
};

/** Open demand posted lately, so a matching run has work to do. */
export const CURRENT_DEMANDS = 300;

/** Share of the demand the Beijing partner company (the first agency) posts wherever it may. */
export const PARTNER_SHARE = 0.1;

export interface JobFairSeed {
  title: string;
  date: LocalDate;
  /** An offline fair's city and venue; an online fair has neither. */
  cityCode?: string;
  place?: string;
}

/** Online fairs link to this page (https, as the API requires), with the fair's date appended. */
export const ONLINE_FAIR_LINK = 'https://fairs.carebridge.example/';

export const JOB_FAIRS: readonly JobFairSeed[] = [
  { title: '吕梁山护工春季专场招聘会（太原站）', date: '2025-04-18', cityCode: '140100', place: '太原市人力资源市场（小店区长风街）' },
  { title: '吕梁山护工线上双选会', date: '2025-05-20' },
  { title: '吕梁山护工进京专场招聘会', date: '2025-07-15', cityCode: '110100', place: '北京市朝阳区望京街10号 吕梁山护工北京服务站' },
  { title: '“家政服务月”线上招聘会', date: '2025-09-12' },
  { title: '吕梁山护工青岛专场招聘会', date: '2025-10-28', cityCode: '370200', place: '青岛市市南区香港中路8号 吕梁山护工青岛服务部' },
  { title: '第39期学员结业双选会', date: '2025-11-20', cityCode: '141100', place: '吕梁市离石区龙凤南大街 吕梁山护工服务中心' },
  { title: '2026年春风行动线上招聘会', date: '2026-03-27' },
  { title: '吕梁山护工京津冀专场招聘会', date: '2026-04-30', cityCode: '110100', place: '北京市朝阳区望京街10号 吕梁山护工北京服务站' },
  { title: '长三角家政企业线上招聘会', date: '2026-06-18' },
  { title: '第42期学员结业双选会', date: '2026-10-16', cityCode: '141100', place: '吕梁市离石区龙凤南大街 吕梁山护工服务中心' },
  { title: '冬季线上招聘会', date: '2026-11-20' },
  { title: '吕梁山护工冬季专场招聘会（太原站）', date: '2026-12-11', cityCode: '140100', place: '太原市人力资源市场（小店区长风街）' },
];

/** What a reached caregiver tells the station (follow-up logs). */
export const LIVING_CONDITIONS = {
  liveIn: ['住家，有单独房间，伙食正常', '住雇主家，独立卧室，饮食跟雇主家一起', '住家，房间朝南，生活用品齐全'],
  dayJob: ['不住家，在附近合租，通勤约半小时', '住公司宿舍，上下班方便'],
} as const;
export const HEALTH_NOTES: readonly string[] = ['身体健康', '身体良好', '有些腰酸，已提醒注意休息', '感冒已痊愈', '身体状况良好，情绪稳定'];
export const VISIT_NOTES: readonly string[] = [
  '雇主希望护工多学几道北方面食',
  '老人夜间起夜频繁，护工休息不足，已与家属沟通调整作息',
  '想利用休息日参加进阶培训',
  '宝宝夜间哭闹，已指导安抚方法',
  '雇主对护工很满意，希望续签',
];
export const NOT_REACHED_NOTE = '电话无人接听，已发短信提醒，下次回访再联系';
