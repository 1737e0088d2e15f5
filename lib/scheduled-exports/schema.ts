// The destination form: one zod schema for the server action, with the inferred type beside it.
import { z } from 'zod';

export const DESTINATION_FORMATS = ['JSON', 'CSV', 'PARQUET'] as const;
export const DESTINATION_SCHEDULES = ['HOURLY', 'DAILY'] as const;

// S3's bucket naming rules: 3–63 characters, lowercase letters, digits, dots and hyphens.
const bucketName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'Bucket names are 3–63 lowercase letters, digits, dots or hyphens');

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const destinationInputSchema = z.object({
  siteKey: z.string().trim().min(1, 'Choose a site'),
  name: z.string().trim().min(1, 'Give the destination a name').max(80),
  // Empty means AWS itself; anything else is an S3-compatible service's URL.
  endpoint: optional(z.url({ protocol: /^https?$/, error: 'Use an http(s) URL, e.g. https://s3.eu-central-1.wasabisys.com' })).transform(
    (value) => value ?? '',
  ),
  region: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{2,32}$/, 'A region looks like us-east-1'),
  ).transform((value) => value ?? 'us-east-1'),
  bucket: bucketName,
  // Stored with exactly one trailing slash (or empty), so object keys read `prefix/site/...`.
  prefix: optional(
    z
      .string()
      .trim()
      .max(200)
      .regex(/^[^\\]*$/, 'Use / to separate folders'),
  ).transform((value) => (value ? `${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/$/, '') : '')),
  accessKeyId: z.string().trim().min(3, 'Enter the access key id').max(128),
  secretAccessKey: z.string().min(1, 'Enter the secret access key').max(256),
  backupBucket: optional(bucketName),
  format: z.enum(DESTINATION_FORMATS),
  schedule: z.enum(DESTINATION_SCHEDULES),
});

export type DestinationInput = z.infer<typeof destinationInputSchema>;
