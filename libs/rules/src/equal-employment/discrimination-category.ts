/**
 * The grounds on which a job demand may not restrict who is hired ("消除影响平等就业的不合理限制和就业歧视",
 * 《就业促进法》第三章): each refused requirement kind and each refused duties phrase names one.
 */
export type DiscriminationCategory =
  | 'ETHNICITY'
  | 'ORIGIN'
  | 'MARITAL_STATUS'
  | 'PREGNANCY'
  | 'APPEARANCE'
  | 'HEIGHT_WEIGHT'
  | 'AGE'
  | 'ZODIAC_BLOOD_TYPE'
  | 'RELIGION'
  | 'SEX'
  | 'DISEASE_CARRIER';

export const DISCRIMINATION_CATEGORY_LABELS: Record<DiscriminationCategory, string> = {
  ETHNICITY: '民族',
  ORIGIN: '户籍/籍贯/地域',
  MARITAL_STATUS: '婚姻状况',
  PREGNANCY: '怀孕/生育',
  APPEARANCE: '相貌',
  HEIGHT_WEIGHT: '身高/体重',
  AGE: '年龄',
  ZODIAC_BLOOD_TYPE: '属相/血型/星座',
  RELIGION: '宗教信仰',
  SEX: '性别',
  DISEASE_CARRIER: '传染病病原携带',
};
