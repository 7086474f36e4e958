-- Retention per calendar year of the first placement (first_placement_year NULL = all years), one row
-- per grouping key and household category carrying the three horizons, and the wage histograms that
-- give a window of several years its exact median. report_retention is a summary the refresh
-- rebuilds from the operational tables, so its old rows are dropped here: the next refresh (at most
-- 10 minutes, or refreshReports) fills it in the new shape.
DELETE FROM "report_retention";

-- DropIndex
DROP INDEX "report_retention_dimension_horizon_days_idx";

-- AlterTable
ALTER TABLE "report_retention" DROP COLUMN "eligible",
DROP COLUMN "horizon_days",
DROP COLUMN "median_wage_fen",
DROP COLUMN "retained",
ADD COLUMN     "eligible_180" INTEGER NOT NULL,
ADD COLUMN     "eligible_365" INTEGER NOT NULL,
ADD COLUMN     "eligible_90" INTEGER NOT NULL,
ADD COLUMN     "first_placement_year" INTEGER,
ADD COLUMN     "median_wage_180_fen" INTEGER,
ADD COLUMN     "median_wage_365_fen" INTEGER,
ADD COLUMN     "median_wage_90_fen" INTEGER,
ADD COLUMN     "retained_180" INTEGER NOT NULL,
ADD COLUMN     "retained_365" INTEGER NOT NULL,
ADD COLUMN     "retained_90" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "report_retention_wages" (
    "dimension" "ReportDimension" NOT NULL,
    "dimension_key" TEXT NOT NULL,
    "horizon_days" INTEGER NOT NULL,
    "monthly_wage_fen" INTEGER NOT NULL,
    "first_placement_year" INTEGER NOT NULL,
    "caregivers" INTEGER[],

    CONSTRAINT "report_retention_wages_pkey" PRIMARY KEY ("dimension","dimension_key","horizon_days","monthly_wage_fen","first_placement_year")
);

-- CreateIndex
CREATE INDEX "report_retention_dimension_dimension_key_first_placement_ye_idx" ON "report_retention"("dimension", "dimension_key", "first_placement_year");
