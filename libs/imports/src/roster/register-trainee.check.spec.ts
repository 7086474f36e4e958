import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { makeResidentId } from '@carebridge/rules';
import { RegisterTraineeInput } from '@carebridge/trainees';
import { normalizeRegistration, registrationProblems, RosterTraineeInput } from './register-trainee.check';

const ID = makeResidentId('141124', '1985-06-15', 7, 'FEMALE');
const MALE_ID = makeResidentId('141124', '1986-04-12', 3, 'MALE');
const CITIES = ['北京市', '天津市', '上海市', '青岛市', '太原市', '大连市', '济南市', '石家庄市', '郑州市', '西安市', '广州市'];

/** Values of each field, good and bad, as a roster row (or a GraphQL client) may give them. */
const VALUES: { [K in keyof RosterTraineeInput]-?: unknown[] } = {
  name: ['王秀英', ' 王 秀英 ', '阿依古丽·买买提', '阿依古丽.买买提', '阿依古丽•买买提', 'Wang', '', '王', '王'.repeat(30), '王'.repeat(31), '王·', '李1', '𠀀𠀀'],
  residentId: [ID, ` ${ID.toLowerCase()} `, MALE_ID, ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1'), ID.slice(0, 14), '', '14112419851345000X', '141124185001010010'],
  phone: ['13800138000', '+86 138 0013 8000', '0086-13800138000', '138-0013-8000', '12800138000', '1380013800', ''],
  countyCode: ['141124', '141102', '141199', '临县', '', undefined],
  householdCategory: ['RURAL', 'LIFTED_OUT', 'rural', '低保户', undefined],
  educationLevel: ['JUNIOR_HIGH', 'BACHELOR_OR_ABOVE', '博士后', undefined],
  majorsWanted: [['ELDERCARE'], ['ELDERCARE', 'MATERNITY_NANNY'], [], ['ELDERCARE', 'ELDERCARE'], ['厨师'], ['厨师', '厨师'], ['ELDERCARE', '厨师'], ['厨师', '厨师', 'ELDERCARE']],
  destinationsWanted: [
    [],
    ['北京市'],
    [' 北京市 ', '天津市'],
    ['北'],
    ['北京市', '北京市'],
    ['北', '北'],
    CITIES,
    CITIES.slice(0, 10),
    [...CITIES.slice(0, 10), '北京市'],
    [...CITIES.slice(0, 10), '北'],
    ['北', '北', ...CITIES.slice(0, 9)],
    ['呼和浩特市'.repeat(4)],
    ['呼和浩特市'.repeat(4) + '市'],
    ['𠀀𠀀'],
    ['𠀀'],
  ],
  acceptsAnyDestination: [false, true],
  expectedMonthlyWage: [undefined, 450_050, 100_000, 99_999, 5_000_000, 5_000_001, -100_000, 0, 1e20],
};

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** What RegisterTraineeInput's decorators say: the normalised values and each failing field's first message, in order. */
function byDecorators(plain: object): { value: RosterTraineeInput; problems: [string, string][] } {
  const value = plainToInstance(RegisterTraineeInput, plain);
  const problems = validateSync(value, { forbidUnknownValues: false }).map((error): [string, string] => [error.property, Object.values(error.constraints ?? {})[0]]);
  return { value: { ...value }, problems };
}

describe('registrationProblems / normalizeRegistration', () => {
  it('agree with RegisterTraineeInput’s decorators (class-transformer, class-validator) on 5,000 mixed registrations', () => {
    const random = sequence(20_261_128);
    const pick = (values: unknown[]) => values[Math.floor(random() * values.length)];
    const fields = Object.keys(VALUES) as (keyof RosterTraineeInput)[];
    for (let i = 0; i < 5_000; i++) {
      // Mostly good values, so that one or two bad fields at a time are covered as well as many.
      const plain = Object.fromEntries(fields.map((field) => [field, random() < 0.6 ? VALUES[field][0] : pick(VALUES[field])]));
      const expected = byDecorators(plain);
      const value = normalizeRegistration(plain as unknown as RosterTraineeInput);
      expect({ plain, value, problems: registrationProblems(value) }).toEqual({ plain, ...expected });
    }
  });

  it('agree on each bad value alone', () => {
    const good = Object.fromEntries(Object.entries(VALUES).map(([field, values]) => [field, values[0]]));
    for (const [field, values] of Object.entries(VALUES)) {
      for (const candidate of values) {
        const plain = { ...good, [field]: candidate };
        const value = normalizeRegistration(plain as unknown as RosterTraineeInput);
        expect({ plain, problems: registrationProblems(value) }).toEqual({ plain, problems: byDecorators(plain).problems });
      }
    }
    expect(registrationProblems(normalizeRegistration(good as unknown as RosterTraineeInput))).toEqual([]);
  });
});
