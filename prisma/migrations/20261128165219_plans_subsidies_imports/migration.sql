-- CreateEnum
CREATE TYPE "PlanMetric" AS ENUM ('TRAINED', 'EMPLOYED', 'EMPLOYMENT_RATE', 'YEARLY_LABOUR_INCOME');

-- CreateEnum
CREATE TYPE "SubsidyStatus" AS ENUM ('PENDING_REVIEW', 'APPROVED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "programme_plans" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_targets" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "metric" "PlanMetric" NOT NULL,
    "target" BIGINT NOT NULL,

    CONSTRAINT "plan_targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_policies" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "months_employed" INTEGER NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "extra_registered_poor_fen" INTEGER NOT NULL DEFAULT 0,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_applications" (
    "id" UUID NOT NULL,
    "policy_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "placement_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "status" "SubsidyStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "reviewed_by_user_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "reject_reason" TEXT,
    "paid_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "total_rows" INTEGER,
    "inserted_rows" INTEGER,
    "duplicate_rows" INTEGER,
    "invalid_rows" INTEGER,
    "row_errors" JSONB,
    "error" TEXT,
    "school_id" UUID,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "programme_plans_name_key" ON "programme_plans"("name");

-- CreateIndex
CREATE UNIQUE INDEX "plan_targets_plan_id_metric_key" ON "plan_targets"("plan_id", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_policies_name_key" ON "subsidy_policies"("name");

-- CreateIndex
CREATE INDEX "subsidy_applications_status_created_at_idx" ON "subsidy_applications"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_applications_trainee_id_policy_id_period_start_key" ON "subsidy_applications"("trainee_id", "policy_id", "period_start");

-- CreateIndex
CREATE INDEX "import_jobs_created_at_idx" ON "import_jobs"("created_at");

-- AddForeignKey
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "programme_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_applications" ADD CONSTRAINT "subsidy_applications_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "subsidy_policies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The programme's 2021-2025 plan ("三转"): 60,000 trained, 36,000 employed, an employment rate of
-- at least 60 %, and a yearly labour income of at least 2.5 billion CNY.
INSERT INTO "programme_plans" ("id", "name", "start_date", "end_date")
VALUES ('7d1b5f6e-2021-4025-8000-000000000001', '2021-2025年吕梁山护工“三转”规划', '2021-01-01', '2025-12-31');
INSERT INTO "plan_targets" ("id", "plan_id", "metric", "target") VALUES
  ('7d1b5f6e-2021-4025-8000-000000000011', '7d1b5f6e-2021-4025-8000-000000000001', 'TRAINED', 60000),
  ('7d1b5f6e-2021-4025-8000-000000000012', '7d1b5f6e-2021-4025-8000-000000000001', 'EMPLOYED', 36000),
  ('7d1b5f6e-2021-4025-8000-000000000013', '7d1b5f6e-2021-4025-8000-000000000001', 'EMPLOYMENT_RATE', 6000),
  ('7d1b5f6e-2021-4025-8000-000000000014', '7d1b5f6e-2021-4025-8000-000000000001', 'YEARLY_LABOUR_INCOME', 250000000000);
