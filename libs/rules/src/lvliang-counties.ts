/** The 13 counties (县、市、区) of Lüliang, by administrative division code. */
export const LVLIANG_COUNTIES: Readonly<Record<string, string>> = Object.freeze({
  '141102': '离石区',
  '141121': '文水县',
  '141122': '交城县',
  '141123': '兴县',
  '141124': '临县',
  '141125': '柳林县',
  '141126': '石楼县',
  '141127': '岚县',
  '141128': '方山县',
  '141129': '中阳县',
  '141130': '交口县',
  '141181': '孝义市',
  '141182': '汾阳市',
});

export function isLvliangCounty(code: string): boolean {
  return Object.hasOwn(LVLIANG_COUNTIES, code);
}

export function countyName(code: string): string | undefined {
  return LVLIANG_COUNTIES[code];
}
