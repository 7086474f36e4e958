-- CreateEnum
CREATE TYPE "ReportGrain" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "ReportDimension" AS ENUM ('ALL', 'COUNTY', 'COHORT', 'SCHOOL', 'MAJOR', 'HOUSEHOLD_CATEGORY', 'COUNTRY', 'PROVINCE', 'CITY');

-- CreateEnum
CREATE TYPE "ReportSubsidyEvent" AS ENUM ('APPLIED', 'APPROVED', 'PAID');

-- CreateTable
CREATE TABLE "report_flows" (
    "dimension" "ReportDimension" NOT NULL,
    "dimension_key" TEXT NOT NULL,
    "grain" "ReportGrain" NOT NULL,
    "period" DATE NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "trained" INTEGER NOT NULL,
    "certified" INTEGER NOT NULL,
    "employed" INTEGER NOT NULL,

    CONSTRAINT "report_flows_pkey" PRIMARY KEY ("dimension","grain","period","dimension_key","household_category")
);

-- CreateTable
CREATE TABLE "report_placements" (
    "dimension" "ReportDimension" NOT NULL,
    "dimension_key" TEXT NOT NULL,
    "grain" "ReportGrain" NOT NULL,
    "period" DATE NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "placements" INTEGER NOT NULL,

    CONSTRAINT "report_placements_pkey" PRIMARY KEY ("dimension","grain","period","dimension_key","household_category")
);

-- CreateTable
CREATE TABLE "report_wage_histogram" (
    "grain" "ReportGrain" NOT NULL,
    "period" DATE NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "monthly_wage_fen" INTEGER NOT NULL,
    "placements" INTEGER NOT NULL,

    CONSTRAINT "report_wage_histogram_pkey" PRIMARY KEY ("grain","period","household_category","monthly_wage_fen")
);

-- CreateTable
CREATE TABLE "report_wage_income" (
    "month" DATE NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "recorded_fen" BIGINT NOT NULL,
    "estimated_fen" BIGINT NOT NULL,

    CONSTRAINT "report_wage_income_pkey" PRIMARY KEY ("month","household_category")
);

-- CreateTable
CREATE TABLE "report_rights_cases" (
    "grain" "ReportGrain" NOT NULL,
    "period" DATE NOT NULL,
    "category" "RightsCaseCategory" NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "cases" INTEGER NOT NULL,
    "resolved" INTEGER NOT NULL,
    "claimed_fen" BIGINT NOT NULL,
    "recovered_fen" BIGINT NOT NULL,

    CONSTRAINT "report_rights_cases_pkey" PRIMARY KEY ("grain","period","category","household_category")
);

-- CreateTable
CREATE TABLE "report_subsidies" (
    "grain" "ReportGrain" NOT NULL,
    "period" DATE NOT NULL,
    "event" "ReportSubsidyEvent" NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "applications" INTEGER NOT NULL,
    "amount_fen" BIGINT NOT NULL,

    CONSTRAINT "report_subsidies_pkey" PRIMARY KEY ("grain","period","event","household_category")
);

-- CreateTable
CREATE TABLE "report_follow_up_coverage" (
    "household_category" "HouseholdCategory" NOT NULL,
    "active_placements" INTEGER NOT NULL,
    "visited_placements" INTEGER NOT NULL,

    CONSTRAINT "report_follow_up_coverage_pkey" PRIMARY KEY ("household_category")
);

-- CreateTable
CREATE TABLE "report_retention_caregivers" (
    "trainee_id" UUID NOT NULL,
    "first_start" DATE NOT NULL,
    "cohort_id" UUID,
    "school_id" UUID,
    "major" "Major",
    "county_code" CHAR(6) NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "wage_day90_fen" INTEGER,
    "wage_day180_fen" INTEGER,
    "wage_day365_fen" INTEGER,

    CONSTRAINT "report_retention_caregivers_pkey" PRIMARY KEY ("trainee_id")
);

-- CreateTable
CREATE TABLE "report_retention" (
    "id" BIGSERIAL NOT NULL,
    "dimension" "ReportDimension" NOT NULL,
    "dimension_key" TEXT NOT NULL,
    "household_category" "HouseholdCategory",
    "horizon_days" INTEGER NOT NULL,
    "eligible" INTEGER NOT NULL,
    "retained" INTEGER NOT NULL,
    "median_wage_fen" INTEGER,

    CONSTRAINT "report_retention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_refreshes" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "as_of" DATE NOT NULL,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "report_refreshes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_retention_caregivers_first_start_idx" ON "report_retention_caregivers"("first_start");

-- CreateIndex
CREATE INDEX "report_retention_dimension_horizon_days_idx" ON "report_retention"("dimension", "horizon_days");
