import { registerEnumType } from '@nestjs/graphql';
import {
  CertificateLevel,
  CertificateStatus,
  EducationLevel,
  EnrollmentStatus,
  HouseholdCategory,
  Major,
  ProcurementMethod,
  Role,
  SchoolOwnership,
  Sex,
  TraineeStatus,
  Benefit,
} from '@carebridge/db';

/** Every database enum the API exposes, registered once with a description per value. */
registerEnumType(Role, {
  name: 'Role',
  description: '账号角色',
  valuesMap: {
    ADMIN: { description: '中心管理员' },
    SCHOOL_STAFF: { description: '培训基地工作人员' },
    AGENCY_STAFF: { description: '家政公司/用工单位工作人员' },
    STATION_STAFF: { description: '服务站工作人员' },
    TRAINEE: { description: '学员/护工' },
  },
});
registerEnumType(SchoolOwnership, {
  name: 'SchoolOwnership',
  description: '培训基地性质',
  valuesMap: { PUBLIC: { description: '公办' }, PRIVATE: { description: '民办' } },
});
registerEnumType(ProcurementMethod, {
  name: 'ProcurementMethod',
  description: '遴选方式',
  valuesMap: { PUBLIC_TENDER: { description: '公开招标' }, COMPETITIVE_CONSULTATION: { description: '竞争性磋商' } },
});
registerEnumType(Major, {
  name: 'Major',
  description: '专业',
  valuesMap: {
    ELDERCARE: { description: '养老陪护' },
    PATIENT_CARE: { description: '病患陪护' },
    MATERNITY_NANNY: { description: '月嫂育儿嫂' },
    HOUSEKEEPING: { description: '家居保洁' },
  },
});
registerEnumType(CertificateLevel, {
  name: 'CertificateLevel',
  description: '职业技能等级',
  valuesMap: {
    LEVEL_5: { description: '五级/初级工' },
    LEVEL_4: { description: '四级/中级工' },
    LEVEL_3: { description: '三级/高级工' },
    LEVEL_2: { description: '二级/技师' },
    LEVEL_1: { description: '一级/高级技师' },
  },
});
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: '证书状态',
  valuesMap: { VALID: { description: '有效' }, REVOKED: { description: '已撤销' } },
});
registerEnumType(Sex, { name: 'Sex', description: '性别', valuesMap: { MALE: { description: '男' }, FEMALE: { description: '女' } } });
registerEnumType(HouseholdCategory, {
  name: 'HouseholdCategory',
  description: '人群类别',
  valuesMap: {
    REGISTERED_POOR: { description: '建档立卡贫困户' },
    LIFTED_OUT: { description: '已脱贫' },
    RURAL: { description: '农村劳动力' },
    URBAN_LOW_INCOME: { description: '城市低收入' },
    UNEMPLOYED_GRADUATE: { description: '未就业高校毕业生' },
  },
});
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: '文化程度',
  valuesMap: {
    NONE: { description: '未上学' },
    PRIMARY: { description: '小学' },
    JUNIOR_HIGH: { description: '初中' },
    SENIOR_HIGH: { description: '高中' },
    VOCATIONAL: { description: '中专/技校' },
    JUNIOR_COLLEGE: { description: '大专' },
    BACHELOR_OR_ABOVE: { description: '本科及以上' },
  },
});
registerEnumType(TraineeStatus, {
  name: 'TraineeStatus',
  description: '学员状态',
  valuesMap: {
    REGISTERED: { description: '已登记' },
    IN_TRAINING: { description: '培训中' },
    CERTIFIED: { description: '已取证' },
    AVAILABLE: { description: '待就业' },
    PLACED: { description: '已上岗' },
  },
});
registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: '报名（参训）状态',
  valuesMap: {
    ACTIVE: { description: '在训' },
    PASSED: { description: '考核通过' },
    FAILED: { description: '考核未通过' },
    DROPPED: { description: '已退训' },
  },
});
registerEnumType(Benefit, {
  name: 'Benefit',
  description: '“三包五免”待遇',
  valuesMap: {
    MEALS: { description: '包吃' },
    LODGING: { description: '包住' },
    JOB_PLACEMENT: { description: '包就业' },
    TUITION: { description: '免学费' },
    MATERIALS: { description: '免教材费' },
    UNIFORM: { description: '免服装费' },
    INSURANCE: { description: '免保险费' },
    MEDICAL_EXAM: { description: '免体检费' },
  },
});
