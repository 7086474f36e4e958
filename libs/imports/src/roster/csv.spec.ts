import { decodeCsv, parseCsv } from './csv';

const rows = (text: string) => [...parseCsv(text)].map((record) => [record.row, record.cells]);

describe('parseCsv', () => {
  it('splits fields and records, with CRLF or LF line ends and no line end at the end', () => {
    expect(rows('姓名,手机号\r\n张三,13800000000\n李四,13900000000')).toEqual([
      [1, ['姓名', '手机号']],
      [2, ['张三', '13800000000']],
      [3, ['李四', '13900000000']],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks as one field', () => {
    expect(rows('a,"北京市,天津市","说""好""",x\n"第一行\n第二行",b\n')).toEqual([
      [1, ['a', '北京市,天津市', '说"好"', 'x']],
      [2, ['第一行\n第二行', 'b']],
    ]);
  });

  it('keeps empty fields and empty lines as records of empty fields', () => {
    expect(rows('a,,c\n\n,\n')).toEqual([
      [1, ['a', '', 'c']],
      [2, ['']],
      [3, ['', '']],
    ]);
  });

  it('reports how far it has read', () => {
    expect([...parseCsv('ab,c\nd\n')].map((record) => record.offset)).toEqual([5, 7]);
  });
});

describe('decodeCsv', () => {
  const text = '姓名,县(市、区)\n张三,临县\n';

  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeCsv(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
  });

  it('reads GBK, as Excel on Chinese Windows saves CSV', () => {
    // 张三,临县 in GBK.
    const gbk = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xc1, 0xd9, 0xcf, 0xd8]);
    expect(decodeCsv(gbk)).toBe('张三,临县');
  });
});
