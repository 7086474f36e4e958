-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SCHOOL_STAFF', 'AGENCY_STAFF', 'STATION_STAFF', 'TRAINEE');

-- CreateEnum
CREATE TYPE "SchoolOwnership" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "ProcurementMethod" AS ENUM ('PUBLIC_TENDER', 'COMPETITIVE_CONSULTATION');

-- CreateEnum
CREATE TYPE "Major" AS ENUM ('ELDERCARE', 'PATIENT_CARE', 'MATERNITY_NANNY', 'HOUSEKEEPING');

-- CreateEnum
CREATE TYPE "CertificateLevel" AS ENUM ('LEVEL_5', 'LEVEL_4', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "HouseholdCategory" AS ENUM ('REGISTERED_POOR', 'LIFTED_OUT', 'RURAL', 'URBAN_LOW_INCOME', 'UNEMPLOYED_GRADUATE');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('NONE', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR_OR_ABOVE');

-- CreateEnum
CREATE TYPE "TraineeStatus" AS ENUM ('REGISTERED', 'IN_TRAINING', 'CERTIFIED', 'AVAILABLE', 'PLACED');

-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('ACTIVE', 'PASSED', 'FAILED', 'DROPPED');

-- CreateEnum
CREATE TYPE "Benefit" AS ENUM ('MEALS', 'LODGING', 'JOB_PLACEMENT', 'TUITION', 'MATERIALS', 'UNIFORM', 'INSURANCE', 'MEDICAL_EXAM');

-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('VALID', 'REVOKED');

-- CreateEnum
CREATE TYPE "SmsStatus" AS ENUM ('SENT', 'FAILED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "account" TEXT,
    "phone_hash" TEXT,
    "password_hash" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "school_id" UUID,
    "trainee_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schools" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "ownership" "SchoolOwnership" NOT NULL,
    "procurement_method" "ProcurementMethod" NOT NULL,
    "county_code" CHAR(6) NOT NULL,
    "address" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "major" "Major" NOT NULL,
    "theory_hours" INTEGER NOT NULL,
    "practice_hours" INTEGER NOT NULL,
    "duration_days" INTEGER NOT NULL,
    "certificate_level" "CertificateLevel" NOT NULL DEFAULT 'LEVEL_5',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "courses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainees" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "resident_id_cipher" TEXT NOT NULL,
    "resident_id_hash" TEXT NOT NULL,
    "phone_cipher" TEXT NOT NULL,
    "phone_hash" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "county_code" CHAR(6) NOT NULL,
    "household_category" "HouseholdCategory" NOT NULL,
    "education_level" "EducationLevel" NOT NULL,
    "majors_wanted" "Major"[],
    "destinations_wanted" TEXT[],
    "accepts_any_destination" BOOLEAN NOT NULL DEFAULT false,
    "expected_wage_fen" INTEGER,
    "status" "TraineeStatus" NOT NULL DEFAULT 'REGISTERED',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trainees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainee_status_changes" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "from_status" "TraineeStatus",
    "to_status" "TraineeStatus" NOT NULL,
    "actor_user_id" UUID,
    "reason" TEXT,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trainee_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cohorts" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "school_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "enrolled_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohorts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrollments" (
    "id" UUID NOT NULL,
    "trainee_id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "status" "EnrollmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dropped_at" TIMESTAMPTZ(3),
    "drop_reason" TEXT,

    CONSTRAINT "enrollments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "benefit_policies" (
    "benefit" "Benefit" NOT NULL,
    "cost_fen" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "benefit_policies_pkey" PRIMARY KEY ("benefit")
);

-- CreateTable
CREATE TABLE "enrollment_benefits" (
    "enrollment_id" UUID NOT NULL,
    "benefit" "Benefit" NOT NULL,
    "cost_fen" INTEGER NOT NULL,

    CONSTRAINT "enrollment_benefits_pkey" PRIMARY KEY ("enrollment_id","benefit")
);

-- CreateTable
CREATE TABLE "training_policies" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "theory_pass_mark" INTEGER NOT NULL DEFAULT 60,
    "practical_pass_mark" INTEGER NOT NULL DEFAULT 60,
    "min_attendance_percent" INTEGER NOT NULL DEFAULT 80,
    "min_enrollment_age" INTEGER NOT NULL DEFAULT 16,
    "max_daily_hours" INTEGER NOT NULL DEFAULT 10,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance" (
    "id" UUID NOT NULL,
    "enrollment_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "theory_tenths" INTEGER NOT NULL,
    "practice_tenths" INTEGER NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessments" (
    "id" UUID NOT NULL,
    "enrollment_id" UUID NOT NULL,
    "theory_score" INTEGER NOT NULL,
    "practical_score" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "assessed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessor_user_id" UUID,

    CONSTRAINT "assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificates" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "trainee_id" UUID NOT NULL,
    "enrollment_id" UUID NOT NULL,
    "major" "Major" NOT NULL,
    "level" "CertificateLevel" NOT NULL,
    "issued_on" DATE NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'VALID',
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "source_key" TEXT NOT NULL,
    "user_id" UUID,
    "trainee_id" UUID,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sms_messages" (
    "id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "to_masked" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" "SmsStatus" NOT NULL,
    "error" TEXT,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sms_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "queue" TEXT NOT NULL,
    "job_name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "relayed_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_account_key" ON "users"("account");

-- CreateIndex
CREATE UNIQUE INDEX "users_phone_hash_key" ON "users"("phone_hash");

-- CreateIndex
CREATE UNIQUE INDEX "users_trainee_id_key" ON "users"("trainee_id");

-- CreateIndex
CREATE UNIQUE INDEX "schools_name_key" ON "schools"("name");

-- CreateIndex
CREATE UNIQUE INDEX "courses_name_key" ON "courses"("name");

-- CreateIndex
CREATE UNIQUE INDEX "trainees_resident_id_hash_key" ON "trainees"("resident_id_hash");

-- CreateIndex
CREATE INDEX "trainees_county_code_idx" ON "trainees"("county_code");

-- CreateIndex
CREATE INDEX "trainees_household_category_idx" ON "trainees"("household_category");

-- CreateIndex
CREATE INDEX "trainees_status_idx" ON "trainees"("status");

-- CreateIndex
CREATE INDEX "trainees_phone_hash_idx" ON "trainees"("phone_hash");

-- CreateIndex
CREATE INDEX "trainees_created_at_id_idx" ON "trainees"("created_at", "id");

-- CreateIndex
CREATE INDEX "trainee_status_changes_trainee_id_changed_at_idx" ON "trainee_status_changes"("trainee_id", "changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "cohorts_number_key" ON "cohorts"("number");

-- CreateIndex
CREATE INDEX "cohorts_school_id_idx" ON "cohorts"("school_id");

-- CreateIndex
CREATE INDEX "enrollments_cohort_id_idx" ON "enrollments"("cohort_id");

-- CreateIndex
CREATE UNIQUE INDEX "enrollments_trainee_id_cohort_id_key" ON "enrollments"("trainee_id", "cohort_id");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_enrollment_id_date_key" ON "attendance"("enrollment_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "assessments_enrollment_id_key" ON "assessments"("enrollment_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificates_number_key" ON "certificates"("number");

-- CreateIndex
CREATE UNIQUE INDEX "certificates_enrollment_id_key" ON "certificates"("enrollment_id");

-- CreateIndex
CREATE INDEX "certificates_trainee_id_idx" ON "certificates"("trainee_id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_source_key_key" ON "notifications"("source_key");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_trainee_id_created_at_idx" ON "notifications"("trainee_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "sms_messages_notification_id_key" ON "sms_messages"("notification_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainee_status_changes" ADD CONSTRAINT "trainee_status_changes_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trainee_status_changes" ADD CONSTRAINT "trainee_status_changes_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment_benefits" ADD CONSTRAINT "enrollment_benefits_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sms_messages" ADD CONSTRAINT "sms_messages_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Not expressible in the Prisma schema: trigram search on names, the outbox's pending index,
-- and the certificate number sequence.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "trainees_name_trgm_idx" ON "trainees" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("id") WHERE "relayed_at" IS NULL;
CREATE SEQUENCE "certificate_number_seq" START 1;
