import { Role } from '@carebridge/db';
import { errorCodes, TestApi } from '@carebridge/testing';
import { AppModule } from '../src/app.module';

const CREATE = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id name ownership procurementMethod countyCode countyName } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSchoolInput!) { updateSchool(id: $id, input: $input) { id name address } }`;
const LIST = `{ schools { id name } }`;

const input = {
  name: '吕梁市护工培训学校',
  ownership: 'PUBLIC',
  procurementMethod: 'PUBLIC_TENDER',
  countyCode: '141102',
  address: '离石区龙凤南大街1号',
  contactName: '李老师',
  contactPhone: '0358-8221234',
};

describe('schools', () => {
  const api = new TestApi(AppModule);
  beforeAll(() => api.start());
  afterAll(() => api.close());
  beforeEach(() => api.reset());

  it('lets an admin create, update and list schools', async () => {
    const admin = await api.admin();
    const { createSchool } = await api.ok(CREATE, { input }, admin);
    expect(createSchool).toMatchObject({ name: input.name, countyName: '离石区', ownership: 'PUBLIC' });

    const { updateSchool } = await api.ok(UPDATE, { id: createSchool.id, input: { address: '离石区新址2号' } }, admin);
    expect(updateSchool).toMatchObject({ name: input.name, address: '离石区新址2号' });

    const { schools } = await api.ok(LIST, {}, admin);
    expect(schools).toEqual([{ id: createSchool.id, name: input.name }]);
  });

  it('refuses a duplicate name with CONFLICT', async () => {
    const admin = await api.admin();
    await api.ok(CREATE, { input }, admin);
    const result = await api.gql(CREATE, { input }, admin);
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors?.[0].message).toContain('同名');
  });

  it('refuses a county outside Lüliang with a message naming the field', async () => {
    const result = await api.gql(CREATE, { input: { ...input, countyCode: '110101' } }, await api.admin());
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions.field).toBe('countyCode');
    expect(result.errors?.[0].message).toContain('县');
  });

  it('refuses callers without a token and non-admins', async () => {
    expect(errorCodes(await api.gql(CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
    const school = await api.factories.school();
    const staff = await api.tokenFor(Role.SCHOOL_STAFF, { schoolId: school.id });
    expect(errorCodes(await api.gql(CREATE, { input }, staff))).toEqual(['FORBIDDEN']);
  });

  it('answers NOT_FOUND when updating an unknown school', async () => {
    const result = await api.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { address: 'x' } }, await api.admin());
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});
