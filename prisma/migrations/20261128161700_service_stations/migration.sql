-- CreateEnum
CREATE TYPE "VisitChannel" AS ENUM ('PHONE', 'VIDEO', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PLANNED', 'DONE', 'NOT_REACHED', 'OVERDUE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RightsCaseCategory" AS ENUM ('WAGE_ARREARS', 'CONTRACT_DISPUTE', 'INJURY', 'ABUSE_HARASSMENT', 'SOCIAL_INSURANCE', 'ILLEGAL_DEDUCTION', 'OTHER');

-- CreateEnum
CREATE TYPE "RightsCaseStatus" AS ENUM ('OPEN', 'ACCEPTED', 'INVESTIGATING', 'MEDIATING', 'RESOLVED', 'REFERRED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "station_id" UUID;

-- CreateTable
CREATE TABLE "service_stations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city_code" CHAR(6) NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "is_home_centre" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_stations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "station_coverage" (
    "id" UUID NOT NULL,
    "station_id" UUID NOT NULL,
    "province_code" CHAR(6) NOT NULL,
    "city_code" CHAR(6),

    CONSTRAINT "station_coverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up_policies" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "first_visit_day" INTEGER NOT NULL DEFAULT 7,
    "first_visit_channel" "VisitChannel" NOT NULL DEFAULT 'PHONE',
    "second_visit_day" INTEGER NOT NULL DEFAULT 30,
    "second_visit_channel" "VisitChannel" NOT NULL DEFAULT 'IN_PERSON',
    "monthly_until_month" INTEGER NOT NULL DEFAULT 6,
    "later_every_months" INTEGER NOT NULL DEFAULT 3,
    "horizon_months" INTEGER NOT NULL DEFAULT 24,
    "reminder_days_before" INTEGER NOT NULL DEFAULT 1,
    "escalate_days_after_due" INTEGER NOT NULL DEFAULT 3,
    "not_reached_escalate_at" INTEGER NOT NULL DEFAULT 3,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up_visits" (
    "id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "station_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "channel" "VisitChannel" NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'PLANNED',
    "reminded_at" TIMESTAMPTZ(3),
    "escalated_at" TIMESTAMPTZ(3),
    "logged_at" TIMESTAMPTZ(3),
    "logged_by_user_id" UUID,
    "logged_channel" "VisitChannel",
    "wage_paid_in_full" BOOLEAN,
    "wage_paid_on_time" BOOLEAN,
    "wage_amount_fen" INTEGER,
    "hours_per_week" INTEGER,
    "days_off_per_month" INTEGER,
    "living_conditions" TEXT,
    "health" TEXT,
    "employer_holds_id_card" BOOLEAN,
    "employer_holds_contract" BOOLEAN,
    "agency_fees_fen" INTEGER,
    "caregiver_satisfaction_employer" INTEGER,
    "caregiver_satisfaction_agency" INTEGER,
    "employer_satisfaction_caregiver" INTEGER,
    "reports_abuse" BOOLEAN,
    "reports_injury" BOOLEAN,
    "problems" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rights_cases" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "placement_id" UUID,
    "agency_id" UUID,
    "station_id" UUID NOT NULL,
    "follow_up_visit_id" UUID,
    "category" "RightsCaseCategory" NOT NULL,
    "status" "RightsCaseStatus" NOT NULL DEFAULT 'OPEN',
    "description" TEXT NOT NULL,
    "amount_claimed_fen" INTEGER,
    "amount_recovered_fen" INTEGER,
    "opened_by_user_id" UUID,
    "accept_due_at" TIMESTAMPTZ(3) NOT NULL,
    "resolve_due_at" TIMESTAMPTZ(3) NOT NULL,
    "accept_escalated_at" TIMESTAMPTZ(3),
    "resolve_escalated_at" TIMESTAMPTZ(3),
    "accepted_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rights_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rights_case_log" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" UUID,
    "action" TEXT NOT NULL,
    "from_status" "RightsCaseStatus",
    "to_status" "RightsCaseStatus",
    "note" TEXT,
    "is_private" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "rights_case_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rights_case_policies" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "accept_within_hours" INTEGER NOT NULL DEFAULT 24,
    "resolve_within_days" INTEGER NOT NULL DEFAULT 30,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rights_case_policies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_stations_name_key" ON "service_stations"("name");

-- CreateIndex
CREATE INDEX "station_coverage_station_id_idx" ON "station_coverage"("station_id");

-- CreateIndex
CREATE INDEX "station_coverage_province_code_city_code_idx" ON "station_coverage"("province_code", "city_code");

-- CreateIndex
CREATE INDEX "follow_up_visits_station_id_status_due_date_idx" ON "follow_up_visits"("station_id", "status", "due_date");

-- CreateIndex
CREATE INDEX "follow_up_visits_status_due_date_idx" ON "follow_up_visits"("status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_visits_placement_id_sequence_key" ON "follow_up_visits"("placement_id", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "rights_cases_follow_up_visit_id_key" ON "rights_cases"("follow_up_visit_id");

-- CreateIndex
CREATE INDEX "rights_cases_trainee_id_idx" ON "rights_cases"("trainee_id");

-- CreateIndex
CREATE INDEX "rights_cases_agency_id_status_idx" ON "rights_cases"("agency_id", "status");

-- CreateIndex
CREATE INDEX "rights_cases_station_id_status_idx" ON "rights_cases"("station_id", "status");

-- CreateIndex
CREATE INDEX "rights_cases_status_accept_due_at_idx" ON "rights_cases"("status", "accept_due_at");

-- CreateIndex
CREATE INDEX "rights_cases_status_resolve_due_at_idx" ON "rights_cases"("status", "resolve_due_at");

-- CreateIndex
CREATE INDEX "rights_case_log_case_id_at_idx" ON "rights_case_log"("case_id", "at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "service_stations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "station_coverage" ADD CONSTRAINT "station_coverage_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "service_stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_visits" ADD CONSTRAINT "follow_up_visits_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "service_stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "service_stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_follow_up_visit_id_fkey" FOREIGN KEY ("follow_up_visit_id") REFERENCES "follow_up_visits"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rights_case_log" ADD CONSTRAINT "rights_case_log_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "rights_cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Exactly one home service centre.
CREATE UNIQUE INDEX "service_stations_one_home_centre" ON "service_stations" ("is_home_centre") WHERE "is_home_centre";

INSERT INTO "follow_up_policies" ("id", "updated_at") VALUES (1, now());
INSERT INTO "rights_case_policies" ("id", "updated_at") VALUES (1, now());

