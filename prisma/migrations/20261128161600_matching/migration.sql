-- CreateEnum
CREATE TYPE "MatchingRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ProposalResponse" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "matching_runs" (
    "id" UUID NOT NULL,
    "status" "MatchingRunStatus" NOT NULL DEFAULT 'QUEUED',
    "scope_province_code" CHAR(6),
    "scope_major" "Major",
    "requested_by_user_id" UUID,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "candidate_count" INTEGER,
    "slot_count" INTEGER,
    "pair_count" INTEGER,
    "proposal_count" INTEGER,
    "unmatched_count" INTEGER,
    "total_score" BIGINT,
    "duration_ms" INTEGER,
    "error" TEXT,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "matching_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_proposals" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "demand_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "components" JSONB NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "trainee_response" "ProposalResponse" NOT NULL DEFAULT 'PENDING',
    "trainee_responded_at" TIMESTAMPTZ(3),
    "agency_response" "ProposalResponse" NOT NULL DEFAULT 'PENDING',
    "agency_responded_at" TIMESTAMPTZ(3),
    "agency_responded_by_user_id" UUID,
    "decline_reason" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "placement_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "match_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "matching_unmatched" (
    "run_id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "matching_unmatched_pkey" PRIMARY KEY ("run_id","trainee_id")
);

-- CreateTable
CREATE TABLE "declined_pairs" (
    "trainee_id" UUID NOT NULL,
    "demand_id" UUID NOT NULL,
    "declined_by" TEXT NOT NULL,
    "reason" TEXT,
    "declined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "declined_pairs_pkey" PRIMARY KEY ("trainee_id","demand_id")
);

-- CreateTable
CREATE TABLE "matching_policies" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "wage_tolerance_percent" INTEGER NOT NULL DEFAULT 10,
    "max_start_delay_days" INTEGER NOT NULL DEFAULT 30,
    "proposal_ttl_hours" INTEGER NOT NULL DEFAULT 72,
    "weights" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "matching_policies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "matching_runs_queued_at_idx" ON "matching_runs"("queued_at");

-- CreateIndex
CREATE UNIQUE INDEX "match_proposals_placement_id_key" ON "match_proposals"("placement_id");

-- CreateIndex
CREATE INDEX "match_proposals_trainee_id_status_idx" ON "match_proposals"("trainee_id", "status");

-- CreateIndex
CREATE INDEX "match_proposals_demand_id_status_idx" ON "match_proposals"("demand_id", "status");

-- CreateIndex
CREATE INDEX "match_proposals_agency_id_status_idx" ON "match_proposals"("agency_id", "status");

-- CreateIndex
CREATE INDEX "match_proposals_status_expires_at_idx" ON "match_proposals"("status", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "match_proposals_run_id_trainee_id_key" ON "match_proposals"("run_id", "trainee_id");

-- CreateIndex
CREATE INDEX "declined_pairs_demand_id_idx" ON "declined_pairs"("demand_id");

-- AddForeignKey
ALTER TABLE "match_proposals" ADD CONSTRAINT "match_proposals_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "matching_runs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matching_unmatched" ADD CONSTRAINT "matching_unmatched_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "matching_runs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Only one matching run at a time: a second QUEUED or RUNNING run cannot exist.
CREATE UNIQUE INDEX "matching_runs_one_active" ON "matching_runs" ((true)) WHERE "status" IN ('QUEUED', 'RUNNING');

-- A trainee waits on at most one proposal at a time.
CREATE UNIQUE INDEX "match_proposals_one_pending_per_trainee" ON "match_proposals" ("trainee_id") WHERE "status" = 'PENDING';

INSERT INTO "matching_policies" ("id", "updated_at") VALUES (1, now());

