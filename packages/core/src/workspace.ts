import { z } from 'zod';

export const workspaceIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'must be lower-case letters, digits and "-", starting with a letter or digit',
  );

export const workspaceSchema = z.object({
  id: workspaceIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
});
export type Workspace = z.infer<typeof workspaceSchema>;
