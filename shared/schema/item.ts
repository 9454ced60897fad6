import * as v from 'valibot'
import { IdSchema, SealedSchema, TimeSchema } from './common'
import { LIMITS } from '../limits'
import { RecurrenceSchema } from '../recurrence'

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
export const PrioritySchema = v.picklist(PRIORITIES)
export type Priority = v.InferOutput<typeof PrioritySchema>

export const STATUSES = ['new', 'acknowledged', 'in_progress', 'waiting', 'done', 'cancelled'] as const
export const StatusSchema = v.picklist(STATUSES)
export type Status = v.InferOutput<typeof StatusSchema>

export const CategorySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.categoryChars))

/** What the server may see of an item: enough to route, order and measure, nothing more. */
export const MetaSchema = v.strictObject({
  priority: PrioritySchema,
  dueAt: v.nullable(TimeSchema),
  assigneeId: v.nullable(IdSchema),
  category: v.nullable(CategorySchema),
  confidential: v.boolean(),
  /** Optional: the item comes back on this rule once done (or once its due date passes). */
  recurrence: v.optional(v.nullable(RecurrenceSchema)),
})
export type Meta = v.InferOutput<typeof MetaSchema>

export const MetaPatchSchema = v.strictObject({
  priority: v.optional(PrioritySchema),
  dueAt: v.optional(v.nullable(TimeSchema)),
  assigneeId: v.optional(v.nullable(IdSchema)),
  category: v.optional(v.nullable(CategorySchema)),
  confidential: v.optional(v.boolean()),
  recurrence: v.optional(v.nullable(RecurrenceSchema)),
})
export type MetaPatch = v.InferOutput<typeof MetaPatchSchema>

export const ItemSchema = v.object({
  id: IdSchema,
  sealed: v.string(),
  meta: v.object({
    priority: PrioritySchema,
    dueAt: v.nullable(TimeSchema),
    assigneeId: v.nullable(IdSchema),
    category: v.nullable(v.string()),
    confidential: v.boolean(),
    recurrence: v.optional(v.nullable(RecurrenceSchema)),
  }),
  status: StatusSchema,
  createdBy: IdSchema,
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
  statusTimes: v.partial(
    v.object({
      new: TimeSchema,
      acknowledged: TimeSchema,
      in_progress: TimeSchema,
      waiting: TimeSchema,
      done: TimeSchema,
      cancelled: TimeSchema,
    }),
  ),
  deleted: v.boolean(),
})
export type Item = v.InferOutput<typeof ItemSchema>

export const CommentSchema = v.object({
  id: IdSchema,
  itemId: IdSchema,
  sealed: v.string(),
  authorId: IdSchema,
  createdAt: TimeSchema,
})
export type Comment = v.InferOutput<typeof CommentSchema>

export { SealedSchema }
