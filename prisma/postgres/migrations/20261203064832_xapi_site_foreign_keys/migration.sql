-- Rows of sites deleted before these keys existed belong to nobody: remove them first.
DELETE FROM "XapiStatementLink" WHERE "statementPk" IN (SELECT "pk" FROM "XapiStatement" WHERE "siteId" NOT IN (SELECT "id" FROM "Site"));
DELETE FROM "XapiStatement" WHERE "siteId" NOT IN (SELECT "id" FROM "Site");
DELETE FROM "XapiAttachment" WHERE "siteId" NOT IN (SELECT "id" FROM "Site");
DELETE FROM "XapiDocument" WHERE "siteId" NOT IN (SELECT "id" FROM "Site");

-- AddForeignKey
ALTER TABLE "XapiStatement" ADD CONSTRAINT "XapiStatement_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "XapiAttachment" ADD CONSTRAINT "XapiAttachment_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "XapiDocument" ADD CONSTRAINT "XapiDocument_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;
