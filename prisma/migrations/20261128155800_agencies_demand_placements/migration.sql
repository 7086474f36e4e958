-- CreateEnum
CREATE TYPE "AgencyStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "DemandStatus" AS ENUM ('OPEN', 'FILLED', 'CLOSED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "PlacementEndReason" AS ENUM ('CONTRACT_COMPLETED', 'EMPLOYER_REPLACEMENT', 'CAREGIVER_LEFT', 'MUTUAL_AGREEMENT', 'DISMISSED', 'OTHER');

-- CreateEnum
CREATE TYPE "JobFairMode" AS ENUM ('ONLINE', 'OFFLINE');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "agency_id" UUID;

-- CreateTable
CREATE TABLE "provinces" (
    "code" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "provinces_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "cities" (
    "code" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "province_code" CHAR(6) NOT NULL,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "agencies" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "credit_code" CHAR(18) NOT NULL,
    "province_code" CHAR(6) NOT NULL,
    "city_code" CHAR(6) NOT NULL,
    "address" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "status" "AgencyStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cooperation_agreements" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "signed_on" DATE NOT NULL,
    "valid_until" DATE NOT NULL,
    "terms" TEXT NOT NULL,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cooperation_agreements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "households" (
    "id" UUID NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_phone_cipher" TEXT NOT NULL,
    "contact_phone_hash" TEXT NOT NULL,
    "province_code" CHAR(6) NOT NULL,
    "city_code" CHAR(6) NOT NULL,
    "address" TEXT,
    "care_recipient_needs" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "households_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_demands" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "major" "Major" NOT NULL,
    "headcount" INTEGER NOT NULL,
    "filled_count" INTEGER NOT NULL DEFAULT 0,
    "province_code" CHAR(6) NOT NULL,
    "city_code" CHAR(6) NOT NULL,
    "wage_min_fen" INTEGER NOT NULL,
    "wage_max_fen" INTEGER NOT NULL,
    "start_date" DATE NOT NULL,
    "live_in" BOOLEAN NOT NULL,
    "min_certificate_level" "CertificateLevel" NOT NULL,
    "duties" TEXT NOT NULL,
    "requirements" JSONB NOT NULL DEFAULT '[]',
    "status" "DemandStatus" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "close_reason" TEXT,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "job_demands_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demand_policies" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "expiry_grace_days" INTEGER NOT NULL DEFAULT 30,
    "min_monthly_wage_fen" INTEGER NOT NULL DEFAULT 100000,
    "max_monthly_wage_fen" INTEGER NOT NULL DEFAULT 5000000,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "demand_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placements" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "agency_id" UUID,
    "demand_id" UUID,
    "household_id" UUID,
    "job_fair_id" UUID,
    "country_code" CHAR(2) NOT NULL DEFAULT 'CN',
    "province_code" CHAR(6),
    "city_code" CHAR(6),
    "city_name" TEXT NOT NULL,
    "monthly_wage_fen" INTEGER NOT NULL,
    "contract_number" TEXT,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "status" "PlacementStatus" NOT NULL DEFAULT 'ACTIVE',
    "end_reason" "PlacementEndReason",
    "end_note" TEXT,
    "ended_by_user_id" UUID,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "placements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wage_records" (
    "id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "paid_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wage_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_fairs" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "mode" "JobFairMode" NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT,
    "link" TEXT,
    "city_code" CHAR(6),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_fairs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_fair_agencies" (
    "job_fair_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_fair_agencies_pkey" PRIMARY KEY ("job_fair_id","agency_id")
);

-- CreateTable
CREATE TABLE "job_fair_trainees" (
    "job_fair_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_fair_trainees_pkey" PRIMARY KEY ("job_fair_id","trainee_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "provinces_name_key" ON "provinces"("name");

-- CreateIndex
CREATE INDEX "cities_province_code_idx" ON "cities"("province_code");

-- CreateIndex
CREATE INDEX "cities_name_idx" ON "cities"("name");

-- CreateIndex
CREATE UNIQUE INDEX "agencies_credit_code_key" ON "agencies"("credit_code");

-- CreateIndex
CREATE INDEX "agencies_province_code_city_code_idx" ON "agencies"("province_code", "city_code");

-- CreateIndex
CREATE INDEX "cooperation_agreements_agency_id_valid_until_idx" ON "cooperation_agreements"("agency_id", "valid_until");

-- CreateIndex
CREATE INDEX "households_contact_phone_hash_idx" ON "households"("contact_phone_hash");

-- CreateIndex
CREATE INDEX "job_demands_status_major_city_code_idx" ON "job_demands"("status", "major", "city_code");

-- CreateIndex
CREATE INDEX "job_demands_agency_id_created_at_idx" ON "job_demands"("agency_id", "created_at");

-- CreateIndex
CREATE INDEX "job_demands_status_start_date_idx" ON "job_demands"("status", "start_date");

-- CreateIndex
CREATE INDEX "placements_trainee_id_start_date_idx" ON "placements"("trainee_id", "start_date");

-- CreateIndex
CREATE INDEX "placements_agency_id_status_idx" ON "placements"("agency_id", "status");

-- CreateIndex
CREATE INDEX "placements_demand_id_idx" ON "placements"("demand_id");

-- CreateIndex
CREATE INDEX "placements_status_city_code_idx" ON "placements"("status", "city_code");

-- CreateIndex
CREATE UNIQUE INDEX "wage_records_placement_id_month_key" ON "wage_records"("placement_id", "month");

-- CreateIndex
CREATE INDEX "job_fairs_date_idx" ON "job_fairs"("date");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cities" ADD CONSTRAINT "cities_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_demands" ADD CONSTRAINT "job_demands_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_demand_id_fkey" FOREIGN KEY ("demand_id") REFERENCES "job_demands"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_job_fair_id_fkey" FOREIGN KEY ("job_fair_id") REFERENCES "job_fairs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wage_records" ADD CONSTRAINT "wage_records_placement_id_fkey" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_fair_agencies" ADD CONSTRAINT "job_fair_agencies_job_fair_id_fkey" FOREIGN KEY ("job_fair_id") REFERENCES "job_fairs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_fair_agencies" ADD CONSTRAINT "job_fair_agencies_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_fair_trainees" ADD CONSTRAINT "job_fair_trainees_job_fair_id_fkey" FOREIGN KEY ("job_fair_id") REFERENCES "job_fairs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_fair_trainees" ADD CONSTRAINT "job_fair_trainees_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_city_code_fkey" FOREIGN KEY ("city_code") REFERENCES "cities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "households" ADD CONSTRAINT "households_city_code_fkey" FOREIGN KEY ("city_code") REFERENCES "cities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_demands" ADD CONSTRAINT "job_demands_city_code_fkey" FOREIGN KEY ("city_code") REFERENCES "cities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A trainee has at most one active placement, whatever the concurrency.
CREATE UNIQUE INDEX "placements_one_active_per_trainee" ON "placements" ("trainee_id") WHERE "status" = 'ACTIVE';


INSERT INTO "demand_policies" ("id", "updated_at") VALUES (1, now());

-- Reference data: provinces and prefecture-level cities of China (GB/T 2260 codes).
INSERT INTO "provinces" ("code", "name") VALUES
  ('110000', '北京市'),
  ('120000', '天津市'),
  ('130000', '河北省'),
  ('140000', '山西省'),
  ('150000', '内蒙古自治区'),
  ('210000', '辽宁省'),
  ('220000', '吉林省'),
  ('230000', '黑龙江省'),
  ('310000', '上海市'),
  ('320000', '江苏省'),
  ('330000', '浙江省'),
  ('340000', '安徽省'),
  ('350000', '福建省'),
  ('360000', '江西省'),
  ('370000', '山东省'),
  ('410000', '河南省'),
  ('420000', '湖北省'),
  ('430000', '湖南省'),
  ('440000', '广东省'),
  ('450000', '广西壮族自治区'),
  ('460000', '海南省'),
  ('500000', '重庆市'),
  ('510000', '四川省'),
  ('520000', '贵州省'),
  ('530000', '云南省'),
  ('540000', '西藏自治区'),
  ('610000', '陕西省'),
  ('620000', '甘肃省'),
  ('630000', '青海省'),
  ('640000', '宁夏回族自治区'),
  ('650000', '新疆维吾尔自治区'),
  ('710000', '台湾省'),
  ('810000', '香港特别行政区'),
  ('820000', '澳门特别行政区');

INSERT INTO "cities" ("code", "name", "province_code") VALUES
  ('110100', '北京市', '110000'),
  ('120100', '天津市', '120000'),
  ('130100', '石家庄市', '130000'),
  ('130200', '唐山市', '130000'),
  ('130300', '秦皇岛市', '130000'),
  ('130400', '邯郸市', '130000'),
  ('130500', '邢台市', '130000'),
  ('130600', '保定市', '130000'),
  ('130700', '张家口市', '130000'),
  ('130800', '承德市', '130000'),
  ('130900', '沧州市', '130000'),
  ('131000', '廊坊市', '130000'),
  ('131100', '衡水市', '130000'),
  ('140100', '太原市', '140000'),
  ('140200', '大同市', '140000'),
  ('140300', '阳泉市', '140000'),
  ('140400', '长治市', '140000'),
  ('140500', '晋城市', '140000'),
  ('140600', '朔州市', '140000'),
  ('140700', '晋中市', '140000'),
  ('140800', '运城市', '140000'),
  ('140900', '忻州市', '140000'),
  ('141000', '临汾市', '140000'),
  ('141100', '吕梁市', '140000'),
  ('150100', '呼和浩特市', '150000'),
  ('150200', '包头市', '150000'),
  ('150300', '乌海市', '150000'),
  ('150400', '赤峰市', '150000'),
  ('150500', '通辽市', '150000'),
  ('150600', '鄂尔多斯市', '150000'),
  ('150700', '呼伦贝尔市', '150000'),
  ('150800', '巴彦淖尔市', '150000'),
  ('150900', '乌兰察布市', '150000'),
  ('152200', '兴安盟', '150000'),
  ('152500', '锡林郭勒盟', '150000'),
  ('152900', '阿拉善盟', '150000'),
  ('210100', '沈阳市', '210000'),
  ('210200', '大连市', '210000'),
  ('210300', '鞍山市', '210000'),
  ('210400', '抚顺市', '210000'),
  ('210500', '本溪市', '210000'),
  ('210600', '丹东市', '210000'),
  ('210700', '锦州市', '210000'),
  ('210800', '营口市', '210000'),
  ('210900', '阜新市', '210000'),
  ('211000', '辽阳市', '210000'),
  ('211100', '盘锦市', '210000'),
  ('211200', '铁岭市', '210000'),
  ('211300', '朝阳市', '210000'),
  ('211400', '葫芦岛市', '210000'),
  ('220100', '长春市', '220000'),
  ('220200', '吉林市', '220000'),
  ('220300', '四平市', '220000'),
  ('220400', '辽源市', '220000'),
  ('220500', '通化市', '220000'),
  ('220600', '白山市', '220000'),
  ('220700', '松原市', '220000'),
  ('220800', '白城市', '220000'),
  ('222400', '延边朝鲜族自治州', '220000'),
  ('230100', '哈尔滨市', '230000'),
  ('230200', '齐齐哈尔市', '230000'),
  ('230300', '鸡西市', '230000'),
  ('230400', '鹤岗市', '230000'),
  ('230500', '双鸭山市', '230000'),
  ('230600', '大庆市', '230000'),
  ('230700', '伊春市', '230000'),
  ('230800', '佳木斯市', '230000'),
  ('230900', '七台河市', '230000'),
  ('231000', '牡丹江市', '230000'),
  ('231100', '黑河市', '230000'),
  ('231200', '绥化市', '230000'),
  ('232700', '大兴安岭地区', '230000'),
  ('310100', '上海市', '310000'),
  ('320100', '南京市', '320000'),
  ('320200', '无锡市', '320000'),
  ('320300', '徐州市', '320000'),
  ('320400', '常州市', '320000'),
  ('320500', '苏州市', '320000'),
  ('320600', '南通市', '320000'),
  ('320700', '连云港市', '320000'),
  ('320800', '淮安市', '320000'),
  ('320900', '盐城市', '320000'),
  ('321000', '扬州市', '320000'),
  ('321100', '镇江市', '320000'),
  ('321200', '泰州市', '320000'),
  ('321300', '宿迁市', '320000'),
  ('330100', '杭州市', '330000'),
  ('330200', '宁波市', '330000'),
  ('330300', '温州市', '330000'),
  ('330400', '嘉兴市', '330000'),
  ('330500', '湖州市', '330000'),
  ('330600', '绍兴市', '330000'),
  ('330700', '金华市', '330000'),
  ('330800', '衢州市', '330000'),
  ('330900', '舟山市', '330000'),
  ('331000', '台州市', '330000'),
  ('331100', '丽水市', '330000'),
  ('340100', '合肥市', '340000'),
  ('340200', '芜湖市', '340000'),
  ('340300', '蚌埠市', '340000'),
  ('340400', '淮南市', '340000'),
  ('340500', '马鞍山市', '340000'),
  ('340600', '淮北市', '340000'),
  ('340700', '铜陵市', '340000'),
  ('340800', '安庆市', '340000'),
  ('341000', '黄山市', '340000'),
  ('341100', '滁州市', '340000'),
  ('341200', '阜阳市', '340000'),
  ('341300', '宿州市', '340000'),
  ('341500', '六安市', '340000'),
  ('341600', '亳州市', '340000'),
  ('341700', '池州市', '340000'),
  ('341800', '宣城市', '340000'),
  ('350100', '福州市', '350000'),
  ('350200', '厦门市', '350000'),
  ('350300', '莆田市', '350000'),
  ('350400', '三明市', '350000'),
  ('350500', '泉州市', '350000'),
  ('350600', '漳州市', '350000'),
  ('350700', '南平市', '350000'),
  ('350800', '龙岩市', '350000'),
  ('350900', '宁德市', '350000'),
  ('360100', '南昌市', '360000'),
  ('360200', '景德镇市', '360000'),
  ('360300', '萍乡市', '360000'),
  ('360400', '九江市', '360000'),
  ('360500', '新余市', '360000'),
  ('360600', '鹰潭市', '360000'),
  ('360700', '赣州市', '360000'),
  ('360800', '吉安市', '360000'),
  ('360900', '宜春市', '360000'),
  ('361000', '抚州市', '360000'),
  ('361100', '上饶市', '360000'),
  ('370100', '济南市', '370000'),
  ('370200', '青岛市', '370000'),
  ('370300', '淄博市', '370000'),
  ('370400', '枣庄市', '370000'),
  ('370500', '东营市', '370000'),
  ('370600', '烟台市', '370000'),
  ('370700', '潍坊市', '370000'),
  ('370800', '济宁市', '370000'),
  ('370900', '泰安市', '370000'),
  ('371000', '威海市', '370000'),
  ('371100', '日照市', '370000'),
  ('371300', '临沂市', '370000'),
  ('371400', '德州市', '370000'),
  ('371500', '聊城市', '370000'),
  ('371600', '滨州市', '370000'),
  ('371700', '菏泽市', '370000'),
  ('410100', '郑州市', '410000'),
  ('410200', '开封市', '410000'),
  ('410300', '洛阳市', '410000'),
  ('410400', '平顶山市', '410000'),
  ('410500', '安阳市', '410000'),
  ('410600', '鹤壁市', '410000'),
  ('410700', '新乡市', '410000'),
  ('410800', '焦作市', '410000'),
  ('410900', '濮阳市', '410000'),
  ('411000', '许昌市', '410000'),
  ('411100', '漯河市', '410000'),
  ('411200', '三门峡市', '410000'),
  ('411300', '南阳市', '410000'),
  ('411400', '商丘市', '410000'),
  ('411500', '信阳市', '410000'),
  ('411600', '周口市', '410000'),
  ('411700', '驻马店市', '410000'),
  ('419001', '济源市', '410000'),
  ('420100', '武汉市', '420000'),
  ('420200', '黄石市', '420000'),
  ('420300', '十堰市', '420000'),
  ('420500', '宜昌市', '420000'),
  ('420600', '襄阳市', '420000'),
  ('420700', '鄂州市', '420000'),
  ('420800', '荆门市', '420000'),
  ('420900', '孝感市', '420000'),
  ('421000', '荆州市', '420000'),
  ('421100', '黄冈市', '420000'),
  ('421200', '咸宁市', '420000'),
  ('421300', '随州市', '420000'),
  ('422800', '恩施土家族苗族自治州', '420000'),
  ('429004', '仙桃市', '420000'),
  ('429005', '潜江市', '420000'),
  ('429006', '天门市', '420000'),
  ('429021', '神农架林区', '420000'),
  ('430100', '长沙市', '430000'),
  ('430200', '株洲市', '430000'),
  ('430300', '湘潭市', '430000'),
  ('430400', '衡阳市', '430000'),
  ('430500', '邵阳市', '430000'),
  ('430600', '岳阳市', '430000'),
  ('430700', '常德市', '430000'),
  ('430800', '张家界市', '430000'),
  ('430900', '益阳市', '430000'),
  ('431000', '郴州市', '430000'),
  ('431100', '永州市', '430000'),
  ('431200', '怀化市', '430000'),
  ('431300', '娄底市', '430000'),
  ('433100', '湘西土家族苗族自治州', '430000'),
  ('440100', '广州市', '440000'),
  ('440200', '韶关市', '440000'),
  ('440300', '深圳市', '440000'),
  ('440400', '珠海市', '440000'),
  ('440500', '汕头市', '440000'),
  ('440600', '佛山市', '440000'),
  ('440700', '江门市', '440000'),
  ('440800', '湛江市', '440000'),
  ('440900', '茂名市', '440000'),
  ('441200', '肇庆市', '440000'),
  ('441300', '惠州市', '440000'),
  ('441400', '梅州市', '440000'),
  ('441500', '汕尾市', '440000'),
  ('441600', '河源市', '440000'),
  ('441700', '阳江市', '440000'),
  ('441800', '清远市', '440000'),
  ('441900', '东莞市', '440000'),
  ('442000', '中山市', '440000'),
  ('445100', '潮州市', '440000'),
  ('445200', '揭阳市', '440000'),
  ('445300', '云浮市', '440000'),
  ('450100', '南宁市', '450000'),
  ('450200', '柳州市', '450000'),
  ('450300', '桂林市', '450000'),
  ('450400', '梧州市', '450000'),
  ('450500', '北海市', '450000'),
  ('450600', '防城港市', '450000'),
  ('450700', '钦州市', '450000'),
  ('450800', '贵港市', '450000'),
  ('450900', '玉林市', '450000'),
  ('451000', '百色市', '450000'),
  ('451100', '贺州市', '450000'),
  ('451200', '河池市', '450000'),
  ('451300', '来宾市', '450000'),
  ('451400', '崇左市', '450000'),
  ('460100', '海口市', '460000'),
  ('460200', '三亚市', '460000'),
  ('460300', '三沙市', '460000'),
  ('460400', '儋州市', '460000'),
  ('469001', '五指山市', '460000'),
  ('469002', '琼海市', '460000'),
  ('469005', '文昌市', '460000'),
  ('469006', '万宁市', '460000'),
  ('469007', '东方市', '460000'),
  ('469021', '定安县', '460000'),
  ('469022', '屯昌县', '460000'),
  ('469023', '澄迈县', '460000'),
  ('469024', '临高县', '460000'),
  ('469025', '白沙黎族自治县', '460000'),
  ('469026', '昌江黎族自治县', '460000'),
  ('469027', '乐东黎族自治县', '460000'),
  ('469028', '陵水黎族自治县', '460000'),
  ('469029', '保亭黎族苗族自治县', '460000'),
  ('469030', '琼中黎族苗族自治县', '460000'),
  ('500100', '重庆市', '500000'),
  ('510100', '成都市', '510000'),
  ('510300', '自贡市', '510000'),
  ('510400', '攀枝花市', '510000'),
  ('510500', '泸州市', '510000'),
  ('510600', '德阳市', '510000'),
  ('510700', '绵阳市', '510000'),
  ('510800', '广元市', '510000'),
  ('510900', '遂宁市', '510000'),
  ('511000', '内江市', '510000'),
  ('511100', '乐山市', '510000'),
  ('511300', '南充市', '510000'),
  ('511400', '眉山市', '510000'),
  ('511500', '宜宾市', '510000'),
  ('511600', '广安市', '510000'),
  ('511700', '达州市', '510000'),
  ('511800', '雅安市', '510000'),
  ('511900', '巴中市', '510000'),
  ('512000', '资阳市', '510000'),
  ('513200', '阿坝藏族羌族自治州', '510000'),
  ('513300', '甘孜藏族自治州', '510000'),
  ('513400', '凉山彝族自治州', '510000'),
  ('520100', '贵阳市', '520000'),
  ('520200', '六盘水市', '520000'),
  ('520300', '遵义市', '520000'),
  ('520400', '安顺市', '520000'),
  ('520500', '毕节市', '520000'),
  ('520600', '铜仁市', '520000'),
  ('522300', '黔西南布依族苗族自治州', '520000'),
  ('522600', '黔东南苗族侗族自治州', '520000'),
  ('522700', '黔南布依族苗族自治州', '520000'),
  ('530100', '昆明市', '530000'),
  ('530300', '曲靖市', '530000'),
  ('530400', '玉溪市', '530000'),
  ('530500', '保山市', '530000'),
  ('530600', '昭通市', '530000'),
  ('530700', '丽江市', '530000'),
  ('530800', '普洱市', '530000'),
  ('530900', '临沧市', '530000'),
  ('532300', '楚雄彝族自治州', '530000'),
  ('532500', '红河哈尼族彝族自治州', '530000'),
  ('532600', '文山壮族苗族自治州', '530000'),
  ('532800', '西双版纳傣族自治州', '530000'),
  ('532900', '大理白族自治州', '530000'),
  ('533100', '德宏傣族景颇族自治州', '530000'),
  ('533300', '怒江傈僳族自治州', '530000'),
  ('533400', '迪庆藏族自治州', '530000'),
  ('540100', '拉萨市', '540000'),
  ('540200', '日喀则市', '540000'),
  ('540300', '昌都市', '540000'),
  ('540400', '林芝市', '540000'),
  ('540500', '山南市', '540000'),
  ('540600', '那曲市', '540000'),
  ('542500', '阿里地区', '540000'),
  ('610100', '西安市', '610000'),
  ('610200', '铜川市', '610000'),
  ('610300', '宝鸡市', '610000'),
  ('610400', '咸阳市', '610000'),
  ('610500', '渭南市', '610000'),
  ('610600', '延安市', '610000'),
  ('610700', '汉中市', '610000'),
  ('610800', '榆林市', '610000'),
  ('610900', '安康市', '610000'),
  ('611000', '商洛市', '610000'),
  ('620100', '兰州市', '620000'),
  ('620200', '嘉峪关市', '620000'),
  ('620300', '金昌市', '620000'),
  ('620400', '白银市', '620000'),
  ('620500', '天水市', '620000'),
  ('620600', '武威市', '620000'),
  ('620700', '张掖市', '620000'),
  ('620800', '平凉市', '620000'),
  ('620900', '酒泉市', '620000'),
  ('621000', '庆阳市', '620000'),
  ('621100', '定西市', '620000'),
  ('621200', '陇南市', '620000'),
  ('622900', '临夏回族自治州', '620000'),
  ('623000', '甘南藏族自治州', '620000'),
  ('630100', '西宁市', '630000'),
  ('630200', '海东市', '630000'),
  ('632200', '海北藏族自治州', '630000'),
  ('632300', '黄南藏族自治州', '630000'),
  ('632500', '海南藏族自治州', '630000'),
  ('632600', '果洛藏族自治州', '630000'),
  ('632700', '玉树藏族自治州', '630000'),
  ('632800', '海西蒙古族藏族自治州', '630000'),
  ('640100', '银川市', '640000'),
  ('640200', '石嘴山市', '640000'),
  ('640300', '吴忠市', '640000'),
  ('640400', '固原市', '640000'),
  ('640500', '中卫市', '640000'),
  ('650100', '乌鲁木齐市', '650000'),
  ('650200', '克拉玛依市', '650000'),
  ('650400', '吐鲁番市', '650000'),
  ('650500', '哈密市', '650000'),
  ('652300', '昌吉回族自治州', '650000'),
  ('652700', '博尔塔拉蒙古自治州', '650000'),
  ('652800', '巴音郭楞蒙古自治州', '650000'),
  ('652900', '阿克苏地区', '650000'),
  ('653000', '克孜勒苏柯尔克孜自治州', '650000'),
  ('653100', '喀什地区', '650000'),
  ('653200', '和田地区', '650000'),
  ('654000', '伊犁哈萨克自治州', '650000'),
  ('654200', '塔城地区', '650000'),
  ('654300', '阿勒泰地区', '650000'),
  ('659001', '石河子市', '650000'),
  ('659002', '阿拉尔市', '650000'),
  ('659003', '图木舒克市', '650000'),
  ('659004', '五家渠市', '650000'),
  ('659005', '北屯市', '650000'),
  ('659006', '铁门关市', '650000'),
  ('659007', '双河市', '650000'),
  ('659008', '可克达拉市', '650000'),
  ('659009', '昆玉市', '650000'),
  ('659010', '胡杨河市', '650000'),
  ('659011', '新星市', '650000'),
  ('659012', '白杨市', '650000'),
  ('710100', '台湾省', '710000'),
  ('810100', '香港特别行政区', '810000'),
  ('820100', '澳门特别行政区', '820000');

