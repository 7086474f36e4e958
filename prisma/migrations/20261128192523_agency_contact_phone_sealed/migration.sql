-- Agency contact phones are the contact person's personal data: stored from now on as PiiCipher
-- ciphertext with an HMAC for lookups, like households' contact phones. SQL cannot encrypt (the key
-- is not in the database), so existing phones stay in "contact_phone" for now: the API, at each
-- start-up, seals every phone still there into the new columns and sets "contact_phone" to NULL
-- (libs/agencies AgencyPhoneSealer). A later migration drops the emptied column.

-- AlterTable
ALTER TABLE "agencies" ADD COLUMN     "contact_phone_cipher" TEXT,
ADD COLUMN     "contact_phone_hash" TEXT,
ALTER COLUMN "contact_phone" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "agencies_contact_phone_hash_idx" ON "agencies"("contact_phone_hash");
