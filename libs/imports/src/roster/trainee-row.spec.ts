import 'reflect-metadata';
import { makeResidentId } from '@carebridge/rules';
import { layoutOf } from './trainee-columns';
import { validateTraineeRow } from './trainee-row';

const HEADER = ['序号', '姓名', '身份证号', '手机号', '县（市、区）', '人群类别', '文化程度', '意向专业', '意向城市', '期望月薪(元)'];
const layout = layoutOf(HEADER);
const ID = makeResidentId('141124', '1985-06-15', 7, 'FEMALE');
const GOOD = ['1', '王 秀英', ID.toLowerCase(), '138-0013-8000', '临县', '建档立卡贫困户', '初中', '养老陪护、月嫂', '北京市，天津市', '4500'];
const TODAY = '2026-03-02';

const withCell = (header: string, value: string) => GOOD.map((cell, i) => (HEADER[i] === header ? value : cell));

describe('roster header', () => {
  it('finds the columns by their Chinese headers, with full-width brackets, and ignores unknown ones', () => {
    expect(layout.missing).toEqual([]);
    expect(layout.positions.get('countyCode')).toBe(4);
    expect(layout.positions.get('acceptsAnyDestination')).toBeUndefined();
  });

  it('names the required columns a header lacks', () => {
    expect(layoutOf(['姓名', '手机号码', '学历']).missing).toEqual(['residentId', 'countyCode', 'householdCategory', 'majorsWanted']);
  });
});

describe('validateTraineeRow', () => {
  it('turns a good row into registerTrainee’s input: labels and county names mapped, values normalised', () => {
    const result = validateTraineeRow(2, GOOD, layout, TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.input).toMatchObject({
      name: '王秀英',
      residentId: ID,
      phone: '13800138000',
      countyCode: '141124',
      householdCategory: 'REGISTERED_POOR',
      educationLevel: 'JUNIOR_HIGH',
      majorsWanted: ['ELDERCARE', 'MATERNITY_NANNY'],
      destinationsWanted: ['北京市', '天津市'],
      acceptsAnyDestination: false,
      expectedMonthlyWage: 450_000,
    });
    expect(result.value.facts).toMatchObject({ birthDate: '1985-06-15', sex: 'FEMALE' });
  });

  it('accepts codes as well as labels', () => {
    const row = GOOD.map((cell, i) => ({ 4: '141124', 5: 'rural', 6: 'BACHELOR_OR_ABOVE', 7: 'HOUSEKEEPING' })[i as 4] ?? cell);
    expect(validateTraineeRow(2, row, layout, TODAY)).toMatchObject({ ok: true, value: { input: { householdCategory: 'RURAL', majorsWanted: ['HOUSEKEEPING'] } } });
  });

  it.each([
    ['姓名', 'Wang', '姓名应为2-30个汉字，少数民族姓名各部分之间用“·”分隔'],
    ['身份证号', ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1'), '身份证号校验位不正确，请核对后重新输入'],
    ['身份证号', '14112419850615', '身份证号应为18位，前17位为数字，最后一位为数字或X'],
    ['身份证号', makeResidentId('141124', '2027-01-01', 1, 'MALE'), '身份证号中的出生日期晚于今天，请核对'],
    ['手机号', '12800138000', '手机号应为11位中国大陆手机号码（以13-19开头）'],
    ['县（市、区）', '太原市', '县(市、区)“太原市”不是吕梁市的县(市、区)，应填写如“临县”或“141124”'],
    ['人群类别', '低保户', '人群类别“低保户”无效，应为建档立卡贫困户、已脱贫、农村劳动力、城市低收入、未就业高校毕业生之一'],
    ['文化程度', '博士后', '文化程度“博士后”无效，应为未上学、小学、初中、高中、中专/技校、大专、本科及以上之一'],
    ['意向专业', '养老陪护、厨师', '意向专业“厨师”无效，应为养老陪护、病患陪护、月嫂育儿嫂、家居保洁，多个用“、”分隔'],
    ['意向专业', '', '意向专业不能为空'],
    ['意向城市', '', '意向就业城市至少填写一个，或在“接受任何就业地点”列填“是”'],
    ['期望月薪(元)', '四千', '期望月薪“四千”不是金额，应填写元数，如 4000'],
    ['期望月薪(元)', '800', '期望月薪应在1000-50000元之间'],
  ])('reports a bad %s (%s) with the column and the reason', (header, value, reason) => {
    const column = header === '县（市、区）' ? '县(市、区)' : header === '期望月薪(元)' ? '期望月薪' : header;
    expect(validateTraineeRow(5, withCell(header, value), layout, TODAY)).toEqual({ ok: false, errors: [{ row: 5, column, reason }] });
  });

  it('reports every bad column of a row, in column order', () => {
    const row = GOOD.map((cell, i) => (i === 1 ? '' : i === 3 ? '123' : cell));
    expect(validateTraineeRow(9, row, layout, TODAY)).toEqual({
      ok: false,
      errors: [
        { row: 9, column: '姓名', reason: '姓名不能为空' },
        { row: 9, column: '手机号', reason: '手机号应为11位中国大陆手机号码（以13-19开头）' },
      ],
    });
  });

  it('lets “接受任何就业地点” stand in for destinations', () => {
    const header = [...HEADER, '接受任何就业地点'];
    const row = [...withCell('意向城市', ''), '是'];
    expect(validateTraineeRow(2, row, layoutOf(header), TODAY)).toMatchObject({ ok: true, value: { input: { acceptsAnyDestination: true, destinationsWanted: [] } } });
    expect(validateTraineeRow(2, [...GOOD, '也许'], layoutOf(header), TODAY)).toEqual({
      ok: false,
      errors: [{ row: 2, column: '接受任何就业地点', reason: '接受任何就业地点应填写“是”或“否”' }],
    });
  });
});
