import * as v from 'valibot'
import { IdSchema, SealedSchema, TimeSchema } from './common'
import { CategorySchema, CommentSchema, ItemSchema, MetaPatchSchema, MetaSchema, StatusSchema } from './item'
import { MemberListEntrySchema } from './workspace'
import { LIMITS } from '../limits'

const MutationIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER))

export const CreateItemArgsSchema = v.strictObject({
  item: v.strictObject({ id: IdSchema, sealed: SealedSchema, meta: MetaSchema }),
})
export const UpdateItemArgsSchema = v.strictObject({
  id: IdSchema,
  sealed: v.optional(SealedSchema),
  meta: v.optional(MetaPatchSchema),
})
export const SetStatusArgsSchema = v.strictObject({ id: IdSchema, status: StatusSchema })
export const AddCommentArgsSchema = v.strictObject({
  itemId: IdSchema,
  comment: v.strictObject({ id: IdSchema, sealed: SealedSchema }),
})
export const DeleteItemArgsSchema = v.strictObject({ id: IdSchema })
/** A category's standing instructions ("cahier des charges"), sealed like item content; null removes it. */
export const SetPlaybookArgsSchema = v.strictObject({ category: CategorySchema, sealed: v.nullable(SealedSchema) })

/** Every mutation a client may push; the name picks the shape of args. */
export const MutationSchema = v.variant('name', [
  v.strictObject({ id: MutationIdSchema, name: v.literal('createItem'), args: CreateItemArgsSchema }),
  v.strictObject({ id: MutationIdSchema, name: v.literal('updateItem'), args: UpdateItemArgsSchema }),
  v.strictObject({ id: MutationIdSchema, name: v.literal('setStatus'), args: SetStatusArgsSchema }),
  v.strictObject({ id: MutationIdSchema, name: v.literal('addComment'), args: AddCommentArgsSchema }),
  v.strictObject({ id: MutationIdSchema, name: v.literal('deleteItem'), args: DeleteItemArgsSchema }),
  v.strictObject({ id: MutationIdSchema, name: v.literal('setPlaybook'), args: SetPlaybookArgsSchema }),
])
export type Mutation = v.InferOutput<typeof MutationSchema>
export type MutationName = Mutation['name']

export const PushRequestSchema = v.strictObject({
  protocolVersion: v.pipe(v.number(), v.integer()),
  clientId: IdSchema,
  mutations: v.pipe(
    v.array(MutationSchema),
    v.maxLength(LIMITS.mutationsPerPush, `must hold at most ${LIMITS.mutationsPerPush} mutations`),
  ),
})
export type PushRequest = v.InferOutput<typeof PushRequestSchema>

export const PushResponseSchema = v.object({
  lastMutationId: v.number(),
  rejected: v.array(v.object({ id: v.number(), code: v.string() })),
})
export type PushResponse = v.InferOutput<typeof PushResponseSchema>

export const PullQuerySchema = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(64))),
})

export const PlaybookSchema = v.object({
  category: v.string(),
  /** Empty when the playbook was removed (a tombstone). */
  sealed: v.string(),
  updatedBy: IdSchema,
  updatedAt: TimeSchema,
})
export type Playbook = v.InferOutput<typeof PlaybookSchema>

/** One entry of an item's history: who did what, when. Content edits say so, never what. */
export const ItemEventSchema = v.object({
  id: v.number(),
  itemId: IdSchema,
  actorId: v.string(),
  at: TimeSchema,
  kind: v.picklist(['created', 'edited', 'status', 'commented', 'deleted', 'recurred']),
  status: v.optional(StatusSchema),
  changes: v.optional(v.array(v.string())),
})
export type ItemEvent = v.InferOutput<typeof ItemEventSchema>

export const PullResponseSchema = v.object({
  cursor: v.string(),
  items: v.array(ItemSchema),
  comments: v.array(CommentSchema),
  members: v.array(MemberListEntrySchema),
  lastMutationIds: v.record(v.string(), v.number()),
  reset: v.boolean(),
  /** True when more changes wait behind `cursor`; pull again at once. */
  more: v.optional(v.boolean()),
  playbooks: v.optional(v.array(PlaybookSchema), []),
  events: v.optional(v.array(ItemEventSchema), []),
})
export type PullResponse = v.InferOutput<typeof PullResponseSchema>

export const PokeSchema = v.object({ type: v.literal('poke'), cursor: v.string() })
export type Poke = v.InferOutput<typeof PokeSchema>

export { TimeSchema }
