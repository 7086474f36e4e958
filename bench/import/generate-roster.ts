/**
 * Writes the benchmark's roster: BENCH_ROWS rows (default 100,000) of valid trainees, unique
 * resident IDs made with makeResidentId and unique phones, with the streaming writer.
 * Usage: node -r @swc-node/register bench/import/generate-roster.ts <file.xlsx>
 */
import { createWriteStream } from 'node:fs';
import { stream as excelStream } from 'exceljs';
import { addDays, LVLIANG_COUNTIES, makeResidentId } from '@carebridge/rules';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const HEADER = ['序号', '姓名', '身份证号', '手机号', '县(市、区)', '人群类别', '文化程度', '意向专业', '意向城市', '期望月薪'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '郭', '马', '高', '任', '武', '薛'];
const GIVEN = ['秀英', '桂兰', '翠花', '玉珍', '春梅', '淑芬', '美兰', '金花', '丽', '芳', '娟', '霞'];
const CATEGORIES = ['建档立卡贫困户', '已脱贫', '农村劳动力', '城市低收入', '未就业高校毕业生'];
const EDUCATION = ['小学', '初中', '高中', '中专/技校', '大专'];
const MAJORS = ['养老陪护', '病患陪护', '月嫂育儿嫂', '家居保洁', '养老陪护、病患陪护'];
const CITIES = ['北京市', '天津市', '上海市', '青岛市', '太原市、北京市'];
const COUNTIES = Object.values(LVLIANG_COUNTIES);

/** Row i: a unique resident ID (500 sequence numbers per birth date), a unique phone, varied labels. */
function rosterRow(i: number): (string | number)[] {
  const birthDate = addDays('1968-01-01', Math.floor(i / 500));
  const sex = i % 7 === 0 ? 'MALE' : 'FEMALE';
  return [
    i + 1,
    SURNAMES[i % SURNAMES.length] + GIVEN[(i >> 4) % GIVEN.length],
    makeResidentId('141124', birthDate, i % 500, sex),
    `13${String(i).padStart(9, '0')}`,
    COUNTIES[i % COUNTIES.length],
    CATEGORIES[i % CATEGORIES.length],
    EDUCATION[i % EDUCATION.length],
    MAJORS[i % MAJORS.length],
    CITIES[i % CITIES.length],
    i % 3 === 0 ? '' : 3000 + (i % 20) * 100,
  ];
}

async function generate(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: true });
  const sheet = workbook.addWorksheet('学员名单');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(rosterRow(i)).commit();
  sheet.commit();
  await workbook.commit();
}

generate(process.argv[2], ROWS).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
