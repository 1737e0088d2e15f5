-- Risk levels are named by the risk they hold. The old names were engagement bands, so 'high'
-- meant the LOWEST risk; each stored level moves to the band of the same score range.
UPDATE "RiskScore" SET "level" = CASE "level"
  WHEN 'high' THEN 'minimal'
  WHEN 'medium' THEN 'moderate'
  WHEN 'low' THEN 'elevated'
  ELSE "level"
END
WHERE "level" IN ('high', 'medium', 'low');
